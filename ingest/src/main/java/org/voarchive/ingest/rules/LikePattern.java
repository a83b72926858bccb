package org.voarchive.ingest.rules;

import java.util.List;

/**
 * An OCA {@code like} pattern, where {@code %} stands for any run of characters and everything else is
 * literal and case-sensitive ({@code "%FLAT%"}, {@code "LAMP,%"}). Split once into its literal pieces
 * so that matching costs a few {@code indexOf} calls and no regular expression.
 */
final class LikePattern {

    private final String text;
    private final List<String> pieces;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;

    LikePattern(String text) {
        this.text = text;
        this.anchoredStart = !text.startsWith("%");
        this.anchoredEnd = !text.endsWith("%");
        this.pieces = List.of(text.split("%+", -1)).stream().filter(p -> !p.isEmpty()).toList();
    }

    boolean matches(String value) {
        if (pieces.isEmpty()) {
            return !anchoredStart || value.isEmpty();
        }
        int from = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            boolean first = i == 0;
            boolean last = i == pieces.size() - 1;
            if (last && anchoredEnd) {
                int at = value.length() - piece.length();
                boolean fits = at >= from && value.startsWith(piece, at);
                return fits && (!first || !anchoredStart || at == 0);
            }
            if (first && anchoredStart) {
                if (!value.startsWith(piece)) {
                    return false;
                }
                from = piece.length();
            } else {
                int at = value.indexOf(piece, from);
                if (at < 0) {
                    return false;
                }
                from = at + piece.length();
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
