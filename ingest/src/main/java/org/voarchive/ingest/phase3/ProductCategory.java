package org.voarchive.ingest.phase3;

/**
 * The Phase 3 product categories this archive writes, by their {@code PRODCATG} value.
 *
 * <p>A new category (SCIENCE.CUBE.IFS, SCIENCE.SRCTBL) takes a constant here, a rules file
 * {@code rules/<PRODCATG>.xml} for the validator and a write method in {@link Phase3Writer}.
 */
public enum ProductCategory {
    SPECTRUM("SCIENCE.SPECTRUM"),
    IMAGE("SCIENCE.IMAGE");

    private final String prodcatg;

    ProductCategory(String prodcatg) {
        this.prodcatg = prodcatg;
    }

    /** The {@code PRODCATG} card value. */
    public String prodcatg() {
        return prodcatg;
    }
}
