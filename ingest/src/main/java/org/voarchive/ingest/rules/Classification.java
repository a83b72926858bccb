package org.voarchive.ingest.rules;

/** The outcome of classifying a raw frame: its tag (ESO's DO.CATG), its category and its instrument. */
public record Classification(String tag, Category category, String instrument) {
}
