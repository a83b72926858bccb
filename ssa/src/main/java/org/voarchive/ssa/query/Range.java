package org.voarchive.ssa.query;

/**
 * A closed range of numbers; an open end is an infinity.
 *
 * @param lo the lower end, or negative infinity
 * @param hi the upper end, or positive infinity; never below {@code lo}
 */
public record Range(double lo, double hi) {

    public Range {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("not a range: " + lo + " to " + hi);
        }
    }

    /** The range holding one value only. */
    public static Range of(double value) {
        return new Range(value, value);
    }

    public boolean openBelow() {
        return lo == Double.NEGATIVE_INFINITY;
    }

    public boolean openAbove() {
        return hi == Double.POSITIVE_INFINITY;
    }
}
