package org.voarchive.ssa.query;

import org.voarchive.server.dali.DaliException;

/** Decimal numbers from parameter text, with messages that name what was being read. */
final class Numbers {

    private Numbers() {
    }

    /**
     * A finite decimal number.
     *
     * @param what what the number is, for the message (for example "SNR")
     * @throws DaliException when the text is not a finite number
     */
    static double parse(String what, String text) {
        String t = text.trim();
        try {
            double value = Double.parseDouble(t);
            // Java also reads "NaN", "Infinity" and hexadecimal floats; a parameter is none of those
            if (!Double.isFinite(value) || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new DaliException(what + " must be a decimal number, not '" + t + "'");
        }
    }
}
