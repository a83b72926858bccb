package org.voarchive.ingest.rules;

import java.time.LocalDate;

/**
 * The night an observation belongs to, as ESO counts it: the night starts at noon UTC, so it is named
 * by the UTC date of MJD-OBS minus half a day.
 */
public final class ObservingNight {

    /** MJD of 1970-01-01T00:00 UTC. */
    private static final double MJD_UNIX_EPOCH = 40587.0;

    private ObservingNight() {
    }

    /** The night of an MJD-OBS, e.g. 60381.1342 (2024-03-12T03:13 UTC) is the night of 2024-03-11. */
    public static LocalDate of(double mjd) {
        if (!Double.isFinite(mjd)) {
            throw new IllegalArgumentException("MJD-OBS must be finite, got " + mjd);
        }
        return LocalDate.ofEpochDay((long) Math.floor(mjd - 0.5 - MJD_UNIX_EPOCH));
    }
}
