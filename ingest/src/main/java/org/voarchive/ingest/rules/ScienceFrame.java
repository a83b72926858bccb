package org.voarchive.ingest.rules;

import java.util.Objects;
import org.voarchive.ingest.frame.Keywords;

/**
 * A science frame whose calibrations a completeness report checks.
 *
 * @param id       its archive key (ARCFILE)
 * @param tag      its tag, e.g. {@code SCIENCE_RED} or {@code OBJECT}
 * @param keywords its header keywords
 * @param mjd      MJD-OBS
 */
public record ScienceFrame(String id, String tag, Keywords keywords, double mjd) {

    public ScienceFrame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(keywords, "keywords");
    }
}
