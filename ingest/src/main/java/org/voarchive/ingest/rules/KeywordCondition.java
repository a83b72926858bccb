package org.voarchive.ingest.rules;

import org.voarchive.ingest.frame.Keywords;

/**
 * One test of a classify rule on one keyword: exact equality ({@code DPR.CATG == "CALIB"},
 * {@code DET.CHIPS == 2}) or an OCA {@code like} pattern. An absent keyword never matches.
 *
 * <p>Equality is numeric when the expected text is a number and the card holds a number, so
 * {@code equals="2"} matches an integer 2 and a real 2.0; a number written as a quoted string does not
 * match a numeric expectation, because the header typed it wrongly.
 */
final class KeywordCondition {

    private final String key;
    private final String equals;
    private final Double equalsNumber;
    private final LikePattern like;

    private KeywordCondition(String key, String equals, LikePattern like) {
        this.key = key;
        this.equals = equals;
        this.like = like;
        this.equalsNumber = equals == null ? null : parseNumber(equals);
    }

    static KeywordCondition equalTo(String key, String expected) {
        return new KeywordCondition(key, expected, null);
    }

    static KeywordCondition like(String key, String pattern) {
        return new KeywordCondition(key, null, new LikePattern(pattern));
    }

    boolean test(Keywords keywords) {
        Object value = keywords.asMap().get(key);
        if (value == null) {
            return false;
        }
        if (like != null) {
            return like.matches(Keywords.format(value));
        }
        if (equalsNumber != null) {
            return value instanceof Number n && n.doubleValue() == equalsNumber;
        }
        if (value instanceof Boolean b) {
            return equals.equals(b ? "T" : "F") || equals.equalsIgnoreCase(b.toString());
        }
        return value instanceof String s && s.trim().equals(equals);
    }

    private static Double parseNumber(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public String toString() {
        return like != null ? key + " like \"" + like + "\"" : key + " == \"" + equals + "\"";
    }
}
