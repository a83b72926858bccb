package org.voarchive.ingest.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cards of one header in the order they will be written. ESO keys are added by their OCA-style name
 * ({@code DPR.CATG}) and written as {@code HIERARCH ESO DPR CATG}.
 *
 * <p>Values are {@link String}, {@link Double}, {@link Integer}, {@link Long} or {@link Boolean}. Mutable,
 * not thread safe: a frame's header is built and written by one thread.
 */
final class HeaderCards {

    /** One card: {@code key} as nom-tam-fits takes it ({@code HIERARCH.ESO.DPR.CATG} for ESO keys). */
    record Card(String key, Object value, String comment) {
    }

    private static final String ESO_PREFIX = "HIERARCH.ESO.";

    private final List<Card> cards = new ArrayList<>();

    HeaderCards std(String key, Object value, String comment) {
        return put(key, value, comment);
    }

    HeaderCards eso(String ocaName, Object value, String comment) {
        return put(ESO_PREFIX + ocaName, value, comment);
    }

    HeaderCards addAll(HeaderCards other) {
        other.cards.forEach(c -> put(c.key(), c.value(), c.comment()));
        return this;
    }

    List<Card> cards() {
        return List.copyOf(cards);
    }

    /** The value of a standard key or an ESO key by its OCA-style name. */
    Optional<Object> value(String name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(cards.get(i).value());
    }

    /** Replaces the value of an existing card in place; the card must exist. */
    void replace(String name, Object value) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no card " + name + " to replace");
        }
        Card old = cards.get(i);
        cards.set(i, new Card(old.key(), value, old.comment()));
    }

    /** Removes a card that must exist. */
    void remove(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no card " + name + " to remove");
        }
        cards.remove(i);
    }

    private HeaderCards put(String key, Object value, String comment) {
        if (!(value instanceof String || value instanceof Double || value instanceof Integer
                || value instanceof Long || value instanceof Boolean)) {
            throw new IllegalArgumentException("card " + key + " cannot hold " + value);
        }
        int i = indexOf(key);
        Card card = new Card(key, value, comment);
        if (i >= 0) {
            cards.set(i, card);
        } else {
            cards.add(card);
        }
        return this;
    }

    private int indexOf(String name) {
        for (int i = 0; i < cards.size(); i++) {
            String key = cards.get(i).key();
            if (key.equals(name) || key.equals(ESO_PREFIX + name)) {
                return i;
            }
        }
        return -1;
    }
}
