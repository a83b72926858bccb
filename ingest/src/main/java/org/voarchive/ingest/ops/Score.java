package org.voarchive.ingest.ops;

import java.util.Collection;

/**
 * A QC1 score, declared from least to most severe: NA (no thresholds to judge by) is less than OK, so a
 * single OUT decides a roll-up and a parameter without thresholds never hides a judged one.
 */
public enum Score {
    NA, OK, WARNING, OUT;

    /** The score as stored in {@code archive.qc1.score}; anything else is a schema violation. */
    public static Score of(String stored) {
        try {
            return valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a QC1 score: " + stored + " (expected OK, WARNING, OUT or NA)");
        }
    }

    /** The most severe of the scores: OUT over WARNING over OK over NA; NA when there are none. */
    public static Score worst(Collection<Score> scores) {
        return scores.stream().max(Enum::compareTo).orElse(NA);
    }
}
