package org.voarchive.ingest.phase3;

import java.util.Arrays;
import java.util.Optional;

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

    /** The category whose {@code PRODCATG} is {@code value}, or empty for a category this archive does not write. */
    public static Optional<ProductCategory> fromProdcatg(String value) {
        return Arrays.stream(values()).filter(c -> c.prodcatg.equals(value)).findFirst();
    }
}
