package org.voarchive.ingest.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A classified raw frame, as {@code archive.raw_frames} holds it. */
public record RawFrame(String arcfile, String instrument, String tag, String category, String dprCatg,
                       String dprType, String dprTech, String object, Double ra, Double dec, double mjdObs,
                       LocalDateTime dateObs, LocalDate night, Double exptime, String progId, Long obsId,
                       String tplStart, Integer tplNexp, String setup, String groupKey) {
}
