package org.voarchive.ingest.phase3;

import java.util.Locale;

import nom.tam.fits.HeaderCard;

/** The FITS value type of a header card, as the Phase 3 rules name it. */
enum CardType {
    STRING, REAL, INTEGER, LOGICAL, UNDEFINED;

    /** The type the card was written with: a quoted {@code '12.5'} is a STRING, not a REAL. */
    static CardType of(HeaderCard card) {
        if (card.isStringValue()) {
            return STRING;
        }
        String value = card.getValue();
        if (value == null || value.isBlank()) {
            return UNDEFINED;
        }
        if ("T".equals(value) || "F".equals(value)) {
            return LOGICAL;
        }
        if (card.isIntegerType()) {
            return INTEGER;
        }
        return card.isDecimalType() ? REAL : UNDEFINED;
    }

    /** The type named {@code name} in a rules file ({@code string}, {@code real}, ...). */
    static CardType named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether a card of type {@code actual} satisfies a rule asking for this type; an integer is a real too. */
    boolean accepts(CardType actual) {
        return actual == this || this == REAL && actual == INTEGER;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
