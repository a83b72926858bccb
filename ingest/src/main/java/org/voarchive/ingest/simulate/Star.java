package org.voarchive.ingest.simulate;

/**
 * A real star observed in the simulated nights, with catalogue coordinates (J2000, degrees), V magnitude
 * and an effective temperature that sets the slope of its continuum.
 */
record Star(String name, double ra, double dec, double vmag, double teffK) {
}
