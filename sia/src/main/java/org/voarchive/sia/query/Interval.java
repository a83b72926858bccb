package org.voarchive.sia.query;

import org.voarchive.server.dali.DaliException;

/**
 * A DALI interval: two numbers {@code lo hi}, either of which may be {@code -Inf} or {@code +Inf}.
 *
 * @param lo the lower end, or negative infinity
 * @param hi the upper end, or positive infinity
 */
public record Interval(double lo, double hi) {

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("not an interval: " + lo + " " + hi);
        }
    }

    /**
     * Parses {@code lo hi}; a single number is the interval holding only it.
     *
     * @param name the parameter, for messages
     * @throws DaliException when the text is not one or two numbers, or the ends are reversed
     */
    static Interval parse(String name, String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length < 1 || parts.length > 2 || parts[0].isEmpty()) {
            throw new DaliException(name + " must be an interval 'lo hi' (DALI: -Inf and +Inf for open ends), not '"
                    + text + "'");
        }
        double lo = Numbers.parse(name, parts[0]);
        double hi = parts.length == 2 ? Numbers.parse(name, parts[1]) : lo;
        if (lo > hi) {
            throw new DaliException(name + ": the interval '" + text.trim() + "' ends before it starts");
        }
        return new Interval(lo, hi);
    }

    public boolean openBelow() {
        return lo == Double.NEGATIVE_INFINITY;
    }

    public boolean openAbove() {
        return hi == Double.POSITIVE_INFINITY;
    }
}
