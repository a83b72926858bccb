package org.voarchive.ingest.qc;

import java.util.Collection;

/** The score of a QC1 parameter, least to most severe: no threshold, within it, in the warning band, outside it. */
public enum Verdict {
    NA, OK, WARNING, OUT;

    /** The most severe of {@code verdicts}; {@link #NA} when there are none or none was scored. */
    public static Verdict worst(Collection<Verdict> verdicts) {
        Verdict worst = NA;
        for (Verdict v : verdicts) {
            if (v.ordinal() > worst.ordinal()) {
                worst = v;
            }
        }
        return worst;
    }
}
