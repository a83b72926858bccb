package org.voarchive.datalink.soda;

/**
 * A closed numeric interval as DALI writes it ({@code "lo hi"}), either end possibly infinite
 * ({@code -Inf}, {@code +Inf}); a scalar is an interval whose ends are equal.
 */
public record Interval(double lo, double hi) {

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("an interval has no NaN ends");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("the lower end " + lo + " is above the upper end " + hi);
        }
    }

    /**
     * Parses a DALI interval.
     *
     * @throws SodaException a UsageError naming {@code parameter} when the text is not two numbers in order
     */
    static Interval parse(String parameter, String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw SodaException.usage(parameter + " must be two numbers, lower and upper end (-Inf or +Inf for an"
                    + " open end), not '" + text + "'");
        }
        try {
            return new Interval(number(parts[0]), number(parts[1]));
        } catch (IllegalArgumentException e) {
            throw SodaException.usage(parameter + " '" + text + "': " + e.getMessage());
        }
    }

    private static double number(String s) {
        switch (s) {
            case "-Inf": return Double.NEGATIVE_INFINITY;
            case "+Inf", "Inf": return Double.POSITIVE_INFINITY;
            default:
                double v = Double.parseDouble(s);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException("not a finite number: " + s);
                }
                return v;
        }
    }

    /** Whether this interval and {@code [a, b]} share at least one value. */
    boolean overlaps(double a, double b) {
        return lo <= Math.max(a, b) && hi >= Math.min(a, b);
    }

    /** This interval of wavelengths in metres expressed in a unit of {@code metresPerUnit} metres. */
    Interval inUnitsOf(double metresPerUnit) {
        return new Interval(lo / metresPerUnit, hi / metresPerUnit);
    }

    /**
     * Whether the value lies in the interval, ends included up to a relative 1e-12: a client's 4.1e-7 m
     * is 410 nm even where the change of unit leaves 409.99999999999994.
     */
    boolean holds(double value) {
        double slack = 1e-12 * Math.abs(value);
        return value >= lo - slack && value <= hi + slack;
    }
}
