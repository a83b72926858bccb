package org.voarchive.ingest.reduce;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to combine into a master calibration.
 *
 * @param instrument INSTRUME of the raws (UVES, HAWKI)
 * @param productTag the master to make: MASTER_BIAS_BLUE/RED, MASTER_DARK_BLUE/RED, MASTER_FLAT_BLUE/RED
 *                   (UVES), MASTER_DARK, MASTER_TWILIGHT_FLAT (HAWK-I)
 * @param raws       the raw frames of the group, at least one
 * @param masters    masters the recipe uses, keyed by their tag as the rules engine names them
 *                   (MASTER_BIAS_RED, MASTER_DARK, ...)
 * @param outFile    where the master is written
 */
public record MasterRequest(String instrument, String productTag, List<Path> raws, Map<String, Path> masters, Path outFile) {

    public MasterRequest {
        raws = List.copyOf(raws);
        masters = Map.copyOf(masters);
        if (raws.isEmpty()) {
            throw new IllegalArgumentException("a master needs at least one raw frame");
        }
    }
}
