package org.voarchive.ingest.rules;

/**
 * A candidate chosen for a need.
 *
 * @param candidate the calibration
 * @param deltaMjd  its MJD minus the frame's: negative when taken before the frame
 */
public record Selection(Candidate candidate, double deltaMjd) {
}
