package org.voarchive.ingest.pipeline;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Names of what the archive makes, derived from the frames they come from rather than from the clock,
 * so that a stage re-run after a crash writes the same name again: {@code M.<INSTRUMENT>.<DATE-OBS>.fits}
 * for a master (the first raw frame's time), {@code ADP.<DATE-OBS>.fits} for a product (its science
 * frame's time), as ESO names its masters and archive data products.
 */
final class ArchiveNames {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private ArchiveNames() {
    }

    static String master(String instrument, LocalDateTime firstDateObs) {
        return "M." + instrument + "." + MILLIS.format(firstDateObs) + ".fits";
    }

    static String product(LocalDateTime scienceDateObs) {
        return "ADP." + MILLIS.format(scienceDateObs) + ".fits";
    }

    static String activity(String generated) {
        return "A." + generated.replaceFirst("\\.fits$", "");
    }
}
