package org.voarchive.ingest.qc;

import java.util.List;

import org.voarchive.ingest.pixels.Stats;

/**
 * Scores QC1 values as ESO's scoreQC does: a reference (FIXED, or the MEDIAN or MEAN of the latest
 * values of the same parameter and setup), a threshold around it (VAL bounds, N sigma or a percentage)
 * and a warning band, a fraction of the way from the reference to each bound. Stateless.
 */
public final class QcScorer {

    private QcScorer() {
    }

    /**
     * @param history earlier values of the same parameter for the same instrument and setup, oldest
     *                first; when shorter than {@link QcParameter#MIN_HISTORY} the nominal reference
     *                and sigma apply
     */
    public static QcScore score(QcParameter definition, String measuredName, double value, List<Double> history) {
        if (!Double.isFinite(value)) {
            return QcScore.unscored(measuredName, value);
        }
        List<Double> recent = history.subList(Math.max(0, history.size() - Math.max(definition.window(), 1)), history.size());
        boolean measured = recent.size() >= QcParameter.MIN_HISTORY;
        double reference = switch (definition.reference()) {
            case FIXED -> definition.nominal();
            case MEDIAN -> measured ? Stats.median(toArray(recent)) : definition.nominal();
            case MEAN -> measured ? Stats.mean(toFloats(recent)) : definition.nominal();
        };
        double low;
        double high;
        switch (definition.threshold()) {
            case VAL -> {
                low = definition.low();
                high = definition.high();
            }
            case SIGMA -> {
                double sigma = measured
                        ? Stats.stdev(toFloats(recent)) : definition.sigma();
                low = reference - definition.width() * sigma;
                high = reference + definition.width() * sigma;
            }
            default -> {
                double delta = Math.abs(reference) * definition.width() / 100;
                low = reference - delta;
                high = reference + delta;
            }
        }
        Verdict verdict;
        if (value < low || value > high) {
            verdict = Verdict.OUT;
        } else {
            double centre = Math.min(Math.max(reference, low), high);
            double warnLow = centre - definition.warning() * (centre - low);
            double warnHigh = centre + definition.warning() * (high - centre);
            verdict = value < warnLow || value > warnHigh ? Verdict.WARNING : Verdict.OK;
        }
        return new QcScore(measuredName, value, reference, low, high, verdict);
    }

    /** {@link #score(QcParameter, String, double, List)} under the definition's own name. */
    public static QcScore score(QcParameter definition, double value, List<Double> history) {
        return score(definition, definition.name(), value, history);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static float[] toFloats(List<Double> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).floatValue();
        }
        return out;
    }
}
