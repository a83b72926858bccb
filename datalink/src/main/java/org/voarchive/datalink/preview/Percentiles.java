package org.voarchive.datalink.preview;

import java.util.Arrays;

/** Percentiles of the finite values of an array, for stretches and plot ranges. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param values any values; NaN and infinities are ignored
     * @param low the lower percentile, 0 to 100
     * @param high the upper percentile, 0 to 100
     * @return {low value, high value}, or {0, 0} when no value is finite
     */
    static double[] of(double[] values, double low, double high) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {0, 0};
        }
        return new double[] {at(finite, low), at(finite, high)};
    }

    private static double at(double[] sorted, double percentile) {
        int i = (int) Math.round(percentile / 100.0 * (sorted.length - 1));
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
