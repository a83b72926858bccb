package org.voarchive.ingest.simulate;

/** A frame's data product classification, DPR CATG/TYPE/TECH. */
record Dpr(String catg, String type, String tech) {
}
