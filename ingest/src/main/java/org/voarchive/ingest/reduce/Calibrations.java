package org.voarchive.ingest.reduce;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a calibration in a map keyed by the rules engine's tags by the tag's family rather than its
 * exact name (MASTER_BIAS_RED answers MASTER_BIAS); ARC_LAMP does not take ARC_LAMP_FORM.
 */
final class Calibrations {

    private Calibrations() {
    }

    static Optional<Path> find(Map<String, Path> calibrations, String prefix) {
        return calibrations.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> !(prefix.equals("ARC_LAMP") && e.getKey().startsWith("ARC_LAMP_FORM")))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static Path require(Map<String, Path> calibrations, String prefix, String purpose) throws ReductionException {
        Optional<Path> found = find(calibrations, prefix);
        if (found.isEmpty()) {
            throw new ReductionException(purpose + " needs a " + prefix + " calibration; given " + calibrations.keySet());
        }
        return found.get();
    }
}
