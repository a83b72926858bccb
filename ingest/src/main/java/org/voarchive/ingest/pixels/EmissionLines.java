package org.voarchive.ingest.pixels;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds emission lines in a one-dimensional profile (an extracted arc-lamp order) and measures their
 * widths with a three-point Gaussian fit around each peak, which is exact for a sampled Gaussian and
 * needs no iteration.
 */
public final class EmissionLines {

    /** A line: centre (fractional pixel), full width at half maximum (pixels) and height above the background. */
    public record Line(double x, double fwhm, double height) {
    }

    private EmissionLines() {
    }

    /** Lines peaking more than {@code nSigma} noise sigmas above the median background. */
    public static List<Line> find(double[] profile, double nSigma) {
        float[] values = new float[profile.length];
        for (int i = 0; i < profile.length; i++) {
            values[i] = (float) profile[i];
        }
        double background = Stats.median(values);
        double noise = Math.max(Stats.robustSigma(values), 1e-6 * Math.abs(background) + 1e-12);
        double threshold = background + nSigma * noise;
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i + 1 < profile.length; i++) {
            double y0 = profile[i - 1] - background;
            double y1 = profile[i] - background;
            double y2 = profile[i + 1] - background;
            if (profile[i] > threshold && profile[i] > profile[i - 1] && profile[i] >= profile[i + 1]
                    && y0 > 0 && y2 > 0) {
                double l0 = Math.log(y0);
                double l1 = Math.log(y1);
                double l2 = Math.log(y2);
                double curvature = l0 - 2 * l1 + l2;
                if (curvature < 0) {
                    double sigma = Math.sqrt(-1 / curvature);
                    double offset = 0.5 * (l0 - l2) / curvature;
                    lines.add(new Line(i + offset, 2 * Math.sqrt(2 * Math.log(2)) * sigma, y1));
                }
            }
        }
        return lines;
    }
}
