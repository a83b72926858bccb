package org.voarchive.ingest.rules;

/** What a recipe produces: a master calibration, or a science product of one of the ObsCore kinds. */
public enum ProductType {
    MASTER,
    SPECTRUM,
    IMAGE
}
