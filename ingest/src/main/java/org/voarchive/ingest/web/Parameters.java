package org.voarchive.ingest.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks the query parameters of the operators' API; each failure names the parameter and the value. */
final class Parameters {

    private Parameters() {
    }

    /** A night as {@code YYYY-MM-DD}, or null when absent or blank. */
    static LocalDate night(String value) throws BadParameter {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new BadParameter("night must be a date YYYY-MM-DD, not '" + value + "'");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadParameter("night " + v + " is not a calendar date");
        }
    }

    /** A parameter that must be given and not blank, stripped. */
    static String required(String name, String value) throws BadParameter {
        if (value == null || value.isBlank()) {
            throw new BadParameter(name + " is required");
        }
        return value.strip();
    }

    /** An optional text parameter: null when absent or blank. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A row limit between 1 and {@code max}, or {@code fallback} when absent. */
    static int limit(String value, int fallback, int max) throws BadParameter {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message that states the accepted range
        }
        throw new BadParameter("limit must be a whole number from 1 to " + max + ", not '" + value + "'");
    }
}
