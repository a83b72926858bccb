package org.voarchive.ingest.qc;

import java.util.Collection;

/**
 * A QC1 parameter's value against its reference and threshold.
 *
 * @param parameter the QC1 name as measured (e.g. {@code QC.RON3})
 * @param value     the measured value
 * @param reference the value it is compared with (NaN when not scored)
 * @param low       lowest acceptable value (NaN when not scored)
 * @param high      highest acceptable value (NaN when not scored)
 * @param verdict   the score
 */
public record QcScore(String parameter, double value, double reference, double low, double high, Verdict verdict) {

    public static QcScore unscored(String parameter, double value) {
        return new QcScore(parameter, value, Double.NaN, Double.NaN, Double.NaN, Verdict.NA);
    }

    /** The worst verdict of {@code scores}, as scores roll up to a product, a report and an instrument. */
    public static Verdict worst(Collection<QcScore> scores) {
        return Verdict.worst(scores.stream().map(QcScore::verdict).toList());
    }
}
