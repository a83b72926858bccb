package org.voarchive.facets.search;

import org.voarchive.facets.index.ProductFields;

/** What results can be ordered by; every key but relevance is a numeric field, by default descending. */
public enum SortKey {
    RELEVANCE("relevance", null),
    DATE("date", ProductFields.T_MIN),
    SNR("snr", ProductFields.SNR),
    RESOLUTION("resolution", ProductFields.RESOLUTION),
    EXPTIME("exptime", ProductFields.EXPTIME),
    MAGLIM("maglim", ProductFields.MAGLIM);

    private final String value;
    private final String field;

    SortKey(String value, String field) {
        this.value = value;
        this.field = field;
    }

    public String value() {
        return value;
    }

    /** The index field and ivoa.obscore column, or null for relevance. */
    public String field() {
        return field;
    }
}
