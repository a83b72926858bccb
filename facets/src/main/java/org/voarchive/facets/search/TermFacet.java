package org.voarchive.facets.search;

import org.voarchive.facets.index.ProductFields;

/**
 * The terms facets: each value of a product's field is one bucket. Several values of one facet are
 * alternatives (OR); different facets must all hold (AND).
 */
public enum TermFacet {
    INSTRUMENT("instrument", "Instrument", ProductFields.INSTRUMENT),
    COLLECTION("collection", "Collection", ProductFields.COLLECTION),
    TYPE("type", "Product type", ProductFields.TYPE),
    LEVEL("level", "Calibration level", ProductFields.LEVEL),
    TARGET_CLASS("target_class", "Target class", ProductFields.TARGET_CLASS);

    private final String parameter;
    private final String label;
    private final String field;

    TermFacet(String parameter, String label, String field) {
        this.parameter = parameter;
        this.label = label;
        this.field = field;
    }

    /** The query parameter and the facet's name in answers. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The index field, which is also the ivoa.obscore column. */
    public String field() {
        return field;
    }
}
