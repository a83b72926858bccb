package org.voarchive.ingest.rules;

/** Numbers as people write them in messages: {@code 7}, not {@code 7.0} or {@code 7.}. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
