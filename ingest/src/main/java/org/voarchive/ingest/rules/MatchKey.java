package org.voarchive.ingest.rules;

/**
 * A setup keyword that a calibration must share with the frame it calibrates: strings equal exactly
 * (surrounding blanks aside), numbers within {@code tolerance} (0 means equal). A key absent on either
 * side, or a string on one side and a number on the other, is a mismatch.
 */
public record MatchKey(String key, double tolerance) {

    public MatchKey {
        if (tolerance < 0 || Double.isNaN(tolerance)) {
            throw new IllegalArgumentException("tolerance of " + key + " must be >= 0, got " + tolerance);
        }
    }

    boolean matches(Object frameValue, Object candidateValue) {
        if (frameValue == null || candidateValue == null) {
            return false;
        }
        if (frameValue instanceof Number a && candidateValue instanceof Number b) {
            return Math.abs(a.doubleValue() - b.doubleValue()) <= tolerance;
        }
        if (frameValue instanceof String a && candidateValue instanceof String b) {
            return a.trim().equals(b.trim());
        }
        return frameValue.equals(candidateValue);
    }

    @Override
    public String toString() {
        return tolerance > 0 ? key + "±" + Numbers.plain(tolerance) : key;
    }
}
