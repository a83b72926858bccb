package org.voarchive.ssa.query;

import org.voarchive.server.dali.DaliException;

/** Names and identifiers from parameters: trimmed, bounded, and free of control characters. */
final class Text {

    static final int MAX_LENGTH = 256;

    private Text() {
    }

    /** The value trimmed; it is quoted as an ADQL literal later, so any printable text is safe. */
    static String checked(String name, String value) {
        String t = value.trim();
        if (t.length() > MAX_LENGTH || t.chars().anyMatch(Character::isISOControl)) {
            throw new DaliException(name + " must be printable text of at most " + MAX_LENGTH + " characters");
        }
        return t;
    }
}
