package org.voarchive.datalink.soda;

import java.util.Set;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.util.Cursor;

/** What cutouts do to FITS headers: carry the source's cards over and record what was done. */
final class Headers {

    /** Cards never carried over: the checksums are recomputed for the new data. */
    private static final Set<String> RECOMPUTED = Set.of("CHECKSUM", "DATASUM");

    private Headers() {
    }

    /**
     * Appends to {@code target} every card of {@code source} that {@code target} does not already have:
     * the structure (BITPIX, NAXISn, TFORMn...) stays as the new data's HDU wrote it, everything else is
     * the source's, in the source's order. Commentary cards (HISTORY, COMMENT) are all carried over. Keys
     * that start with a prefix in {@code dropPrefixes} are left out (such as TDIM, which the new shape
     * makes wrong).
     */
    static void carryOver(Header source, Header target, String... dropPrefixes) {
        target.seekTail();
        Cursor<String, HeaderCard> cards = source.iterator();
        while (cards.hasNext()) {
            HeaderCard card = cards.next();
            String key = card.getKey();
            if (key.equals("END") || RECOMPUTED.contains(key) || startsWithAny(key, dropPrefixes)) {
                continue;
            }
            if (card.isCommentStyleCard() || !target.containsKey(key)) {
                target.addLine(card.copy());
            }
        }
    }

    /** Appends a HISTORY card at the end of the header. */
    static void history(Header h, String text) {
        h.seekTail();
        h.insertHistory(text);
    }

    /** Sets the value of a numeric card the header already has, keeping its place and comment. */
    static void update(Header h, String key, double value) {
        HeaderCard card = h.findCard(key);
        if (card != null) {
            card.setValue(value);
        }
    }

    /** Sets the value of an integer card the header already has, keeping its place and comment. */
    static void update(Header h, String key, long value) {
        HeaderCard card = h.findCard(key);
        if (card != null) {
            card.setValue(value);
        }
    }

    private static boolean startsWithAny(String key, String... prefixes) {
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
