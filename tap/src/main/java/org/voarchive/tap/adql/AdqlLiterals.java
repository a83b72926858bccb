package org.voarchive.tap.adql;

import java.util.Locale;

/**
 * The one place ADQL literals are written from typed values, for the services (SSA, SIA) that build
 * ADQL from parsed parameters. Stateless.
 */
public final class AdqlLiterals {

    private AdqlLiterals() {
    }

    /** A character literal: single quotes doubled, as ADQL escapes them. */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * A numeric literal in a form ADQL's grammar reads back exactly (Java's shortest round-trip form).
     *
     * @throws IllegalArgumentException for NaN or an infinity, which ADQL cannot spell; callers leave open
     *     bounds out of the query instead
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("no ADQL literal for " + value);
        }
        return Double.toString(value).toUpperCase(Locale.ROOT);
    }
}
