package org.voarchive.ingest.rules;

/** What decides between matching calibrations inside the best window, after the window itself. */
public enum Preference {
    /** Certified products first, then the nearest in time. */
    CERTIFIED,
    /** The nearest in time, certified or not. */
    NEAREST
}
