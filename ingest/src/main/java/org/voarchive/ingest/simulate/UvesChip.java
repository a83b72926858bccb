package org.voarchive.ingest.simulate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One UVES CCD as it reads out: a bias level that drifts a little from night to night, a faint fixed
 * column pattern, read noise, gain and dark current, with prescan and overscan columns that carry the
 * bias level but no light.
 *
 * @param biasLevel         mean bias, ADU (150-220)
 * @param ronAdu            read-out noise, ADU (2-3)
 * @param conad             gain, electrons per ADU (DET OUT1 CONAD)
 * @param darkAduPerSecond  dark current, ADU per second
 * @param columnPattern     fixed offset of each trimmed column from the bias level, ADU
 */
record UvesChip(String name, double biasLevel, double ronAdu, double conad, double darkAduPerSecond,
                float[] columnPattern) {

    static UvesChip of(long seed, String name, LocalDate night, int width) {
        SplittableRandom fixed = Seeds.random(seed, "uves-chip", name);
        double level = Seeds.uniform(fixed, 165, 205);
        double ron = Seeds.uniform(fixed, 2.1, 2.9);
        double conad = Seeds.uniform(fixed, 1.4, 1.9);
        double dark = Seeds.uniform(fixed, 0.3, 0.8) / 3600;
        float[] pattern = new float[width];
        double period = Seeds.uniform(fixed, 40, 120);
        double phase = Seeds.uniform(fixed, 0, 2 * Math.PI);
        for (int x = 0; x < width; x++) {
            pattern[x] = (float) (0.4 * Math.sin(2 * Math.PI * x / period + phase) + 0.25 * fixed.nextGaussian());
        }
        double drift = Seeds.uniform(Seeds.random(seed, "uves-bias-drift", name, night.toString()), -3, 3);
        return new UvesChip(name, level + drift, ron, conad, dark, pattern);
    }

    /** DET OUT1 keys of this chip's single output. */
    HeaderCards outputCards() {
        return new HeaderCards()
                .eso("DET.OUT1.PRSCX", UvesArm.PRESCAN, "Prescan region in X")
                .eso("DET.OUT1.OVSCX", UvesArm.OVERSCAN, "Overscan region in X")
                .eso("DET.OUT1.CONAD", Exposure.round(conad, 3), "Conversion from ADUs to electrons")
                .eso("DET.OUT1.RON", Exposure.round(ronAdu * conad, 3), "Readout noise per output (e-)")
                .eso("DET.OUT1.GAIN", Exposure.round(1 / conad, 3), "Conversion from electrons to ADU");
    }

    /**
     * The frame as read out: prescan, the light {@code signal} (ADU, response already applied) on bias,
     * column pattern and dark current with photon and read noise, then overscan.
     */
    float[][] read(float[][] signal, double exptime, SplittableRandom noise) {
        int height = signal.length;
        int width = signal[0].length;
        float[][] out = new float[height][UvesArm.PRESCAN + width + UvesArm.OVERSCAN];
        double dark = darkAduPerSecond * exptime;
        for (int y = 0; y < height; y++) {
            float[] row = out[y];
            for (int x = 0; x < row.length; x++) {
                int tx = x - UvesArm.PRESCAN;
                double value = biasLevel + ronAdu * noise.nextGaussian();
                if (tx >= 0 && tx < width) {
                    double light = signal[y][tx] + dark;
                    value += columnPattern[tx] + light + Math.sqrt(Math.max(light, 0) / conad) * noise.nextGaussian();
                }
                row[x] = (float) value;
            }
        }
        return out;
    }
}
