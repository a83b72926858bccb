package org.voarchive.ingest.phase3;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.util.Cursor;

/**
 * One HDU's header under the name violations report it by: {@code PRIMARY} for the first HDU, its
 * EXTNAME for an extension that has one, {@code HDU<n>} (0-based) otherwise.
 */
record HduHeader(String name, Header header) {

    static HduHeader of(int index, Header header) {
        if (index == 0) {
            return new HduHeader("PRIMARY", header);
        }
        HeaderCard extname = header.findCard("EXTNAME");
        String name = extname != null && extname.isStringValue() && !extname.getValue().isBlank()
                ? extname.getValue().trim() : "HDU" + index;
        return new HduHeader(name, header);
    }

    /** The keywords with a value, in header order (comment-style cards left out). */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        Cursor<String, HeaderCard> cursor = header.iterator();
        while (cursor.hasNext()) {
            HeaderCard card = cursor.next();
            if (card.isKeyValuePair() || card.getValue() == null && !card.isCommentStyleCard()) {
                keys.add(card.getKey());
            }
        }
        return keys;
    }

    boolean has(String key) {
        return header.containsKey(key);
    }

    Optional<CardType> type(String key) {
        HeaderCard card = header.findCard(key);
        return card == null ? Optional.empty() : Optional.of(CardType.of(card));
    }

    /** The value of a card written as a number, or empty (absent, or a quoted string). */
    OptionalDouble number(String key) {
        HeaderCard card = header.findCard(key);
        if (card == null) {
            return OptionalDouble.empty();
        }
        CardType type = CardType.of(card);
        if (type != CardType.INTEGER && type != CardType.REAL) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(card.getValue().trim().replace('D', 'E')));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The value as text whatever its type, trimmed of the trailing blanks FITS strings carry, or empty. */
    Optional<String> text(String key) {
        HeaderCard card = header.findCard(key);
        return card == null || card.getValue() == null ? Optional.empty() : Optional.of(card.getValue().stripTrailing());
    }
}
