package org.voarchive.facets.search;

/** Whether a product is public at the time of the search, or still in its proprietary period. */
public enum ReleaseState {
    PUBLIC, PROPRIETARY;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
