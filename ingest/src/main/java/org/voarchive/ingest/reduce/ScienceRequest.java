package org.voarchive.ingest.reduce;

import java.nio.file.Path;
import java.util.Map;

/**
 * A science frame to reduce.
 *
 * @param instrument   INSTRUME (UVES, HAWKI)
 * @param tag          the frame's tag: SCIENCE_BLUE/RED or STANDARD_BLUE/RED (UVES), OBJECT or STD (HAWK-I)
 * @param raw          the raw frame
 * @param calibrations masters and calibration raws keyed by their tag as the rules engine names them
 *                     (MASTER_BIAS_RED, MASTER_FLAT_RED, ARC_LAMP_RED, MASTER_DARK, MASTER_TWILIGHT_FLAT)
 * @param workDir      a directory the reducer may write intermediate files into
 */
public record ScienceRequest(String instrument, String tag, Path raw, Map<String, Path> calibrations, Path workDir) {

    public ScienceRequest {
        calibrations = Map.copyOf(calibrations);
    }
}
