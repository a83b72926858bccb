package org.voarchive.server.auth;

import java.util.Locale;

/** What an account or group is to a programme: its principal investigator or a delegate. */
public enum ProgramRole {
    PI, DELEGATE;

    /** The role as the database and the APIs spell it ({@code pi}, {@code delegate}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a code; {@link AccessRequestException} for anything else. */
    public static ProgramRole of(String code) {
        for (ProgramRole r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new AccessRequestException("role must be pi or delegate, not " + code);
    }
}
