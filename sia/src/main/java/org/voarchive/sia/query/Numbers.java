package org.voarchive.sia.query;

import org.voarchive.server.dali.DaliException;

/** Numbers from SIA parameter text: decimal, or DALI's {@code -Inf} and {@code +Inf} (also {@code Inf}). */
final class Numbers {

    private Numbers() {
    }

    /**
     * Reads one number, which may be infinite.
     *
     * @throws DaliException naming the parameter when the text is not a number
     */
    static double parse(String name, String text) {
        String t = text.trim();
        switch (t) {
            case "-Inf", "-inf", "-Infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "+Inf", "Inf", "+inf", "inf", "+Infinity", "Infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            default -> {
                if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new DaliException(name + ": '" + t + "' is not a number (use -Inf or +Inf for open ends)");
                }
                return Double.parseDouble(t);
            }
        }
    }

    /** Reads a finite number. */
    static double finite(String name, String text) {
        double value = parse(name, text);
        if (!Double.isFinite(value)) {
            throw new DaliException(name + " must be a finite number, not '" + text.trim() + "'");
        }
        return value;
    }
}
