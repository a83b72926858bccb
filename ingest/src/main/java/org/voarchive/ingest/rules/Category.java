package org.voarchive.ingest.rules;

/** What a classified frame is for, as {@code DPR.CATG} says in broad terms. */
public enum Category {
    CALIB,
    SCIENCE
}
