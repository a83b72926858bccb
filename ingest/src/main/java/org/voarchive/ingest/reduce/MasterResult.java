package org.voarchive.ingest.reduce;

import java.nio.file.Path;
import java.util.Map;

/**
 * A master calibration as written.
 *
 * @param file   the master's FITS file
 * @param recipe what made it, e.g. {@code java/master_bias} or {@code esorex/uves_cal_mbias}
 * @param qc     the QC1 parameters of the master, also in its header (QC.RON.MASTER, QC.BIAS.LEVEL, ...)
 */
public record MasterResult(Path file, String recipe, Map<String, Double> qc) {

    public MasterResult {
        qc = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(qc));
    }
}
