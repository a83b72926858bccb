package org.voarchive.ingest.rules;

/**
 * Which recipe turns a group of raw frames of one tag into a product, and what the product is.
 *
 * @param tag         the raw tag the recipe takes, e.g. {@code BIAS_RED}
 * @param recipe      ESO's recipe name, e.g. {@code uves_cal_mbias}
 * @param productTag  the product's tag (PRO.CATG), e.g. {@code MASTER_BIAS_RED}
 * @param productType a master calibration, or the science product's type
 */
public record ProcessRule(String tag, String recipe, String productTag, ProductType productType) {
}
