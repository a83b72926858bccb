package org.voarchive.ingest.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One HAWK-I detector after double-correlated readout: a pedestal, dark current with a few hot pixels,
 * read noise of 5-12 electrons, averaged over NDIT sub-integrations as the instrument stores them.
 */
record HawkiChip(int number, double pedestal, double darkAduPerSecond, double ronElectrons, double gain,
                 int[] hotPixels, double[] hotRates) {

    static HawkiChip of(long seed, int number, int size) {
        SplittableRandom fixed = Seeds.random(seed, "hawki-chip", Integer.toString(number));
        int hot = Math.max(2, size * size / 1000);
        int[] pixels = new int[hot];
        double[] rates = new double[hot];
        for (int i = 0; i < hot; i++) {
            pixels[i] = fixed.nextInt(size * size);
            rates[i] = Seeds.uniform(fixed, 5, 50);
        }
        return new HawkiChip(number, Seeds.uniform(fixed, 90, 220), Seeds.uniform(fixed, 0.02, 0.12),
                Seeds.uniform(fixed, 5, 12), Seeds.uniform(fixed, 1.6, 1.8), pixels, rates);
    }

    /** The stored frame: {@code signal} is ADU per DIT of light (illumination and response applied). */
    float[][] read(float[][] signal, double dit, int ndit, SplittableRandom noise) {
        int size = signal.length;
        double[] dark = new double[size * size];
        Arrays.fill(dark, darkAduPerSecond * dit);
        for (int i = 0; i < hotPixels.length; i++) {
            dark[hotPixels[i]] += hotRates[i] * dit;
        }
        double ronAdu = ronElectrons / gain;
        float[][] out = new float[size][size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double light = signal[y][x] + dark[y * size + x];
                double variance = (Math.max(light, 0) / gain + ronAdu * ronAdu) / ndit;
                out[y][x] = (float) (pedestal + light + Math.sqrt(variance) * noise.nextGaussian());
            }
        }
        return out;
    }
}
