package org.voarchive.ingest.rules;

import java.util.Objects;
import org.voarchive.ingest.frame.Keywords;

/**
 * A frame or product that may satisfy a need: a raw frame (an arc, an order definition flat) or a
 * master made by a recipe.
 *
 * @param id        the archive key (ARCFILE for raw frames, the product's file name for masters)
 * @param tag       its tag: a raw tag such as {@code ARC_LAMP_RED} or a product tag such as {@code MASTER_BIAS_RED}
 * @param keywords  its header keywords, holding the setup keys the rules match on
 * @param mjd       MJD-OBS (for a master, that of its raw frames)
 * @param certified whether a QC scientist certified it
 * @param kind      raw frame or master
 */
public record Candidate(String id, String tag, Keywords keywords, double mjd, boolean certified, Kind kind) {

    /** Whether a candidate is a raw frame or a product of a recipe. */
    public enum Kind {
        RAW,
        MASTER
    }

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(kind, "kind");
    }
}
