package org.voarchive.ingest.simulate;

import java.time.Instant;

/**
 * The observation block a frame belongs to: OBS ID, OBS NAME, OBS START, OBS PROG ID and PI-COI.
 */
record ObservationBlock(long id, String name, Instant start, String progId, String piCoi) {

    /** The programme ESO's calibration plan runs under. */
    static final String CALIBRATION_PROGRAMME = "60.A-9022(C)";
}
