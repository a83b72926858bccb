package org.voarchive.ingest.phase3;

import nom.tam.fits.Header;
import nom.tam.fits.HeaderCardException;

/**
 * Appends cards to a header, turning nom-tam's checked card exceptions (a value too long for a card,
 * a non-finite number) into an {@link IllegalArgumentException} that names the keyword.
 */
final class Cards {

    private final Header header;

    Cards(Header header) {
        this.header = header;
    }

    Cards add(String key, String value, String comment) {
        return put(key, value, comment);
    }

    Cards add(String key, double value, String comment) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " = " + value + " cannot be written to a FITS card");
        }
        return put(key, value, comment);
    }

    Cards add(String key, long value, String comment) {
        return put(key, value, comment);
    }

    Cards add(String key, boolean value, String comment) {
        return put(key, value, comment);
    }

    private Cards put(String key, Object value, String comment) {
        try {
            if (value instanceof String s) {
                header.addValue(key, s, comment);
            } else if (value instanceof Boolean b) {
                header.addValue(key, b, comment);
            } else {
                header.addValue(key, (Number) value, comment);
            }
            return this;
        } catch (HeaderCardException e) {
            throw new IllegalArgumentException("cannot write " + key + " = " + value + ": " + e.getMessage(), e);
        }
    }
}
