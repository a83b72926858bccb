package org.voarchive.ingest.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianAndPercentilesIgnoreNaNAndLeaveTheInputAlone() {
        float[] values = {5, 1, Float.NaN, 3, 2, 4};
        float[] before = values.clone();
        assertEquals(3, Stats.median(values), 0);
        assertEquals(1, Stats.percentile(values, 0), 0);
        assertEquals(5, Stats.percentile(values, 100), 0);
        assertEquals(2.5, Stats.percentile(values, 37.5), 1e-9);
        assertEquals(2.5, Stats.median(new float[] {4, 1, 2, 3}), 0);
        assertEquals(3, Stats.mean(values), 1e-9);
        assertArrayEquals(before, values);
    }

    @Test
    void robustSigmaRecoversAGaussianSigmaDespiteOutliers() {
        Random random = new Random(1);
        float[] values = new float[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (100 + 3 * random.nextGaussian());
        }
        for (int i = 0; i < 200; i++) {
            values[i] = 60_000;
        }
        assertEquals(3, Stats.robustSigma(values), 0.1);
        assertEquals(100, Stats.median(values), 0.1);
        assertEquals(3, Stats.clippedSigma(values, 4), 0.1);
        assertEquals(3 * 3, Math.pow(Stats.stdev(java.util.Arrays.copyOfRange(values, 200, values.length)), 2), 0.5);
    }

    @Test
    void noFiniteValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Stats.median(new float[] {Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new float[] {1}, 101));
    }
}
