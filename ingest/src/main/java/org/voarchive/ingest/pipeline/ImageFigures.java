package org.voarchive.ingest.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.voarchive.ingest.reduce.ReducedImage;

/**
 * Image-quality figures Phase 3 asks of an image that the reducer does not report: the median
 * ellipticity of point sources (from their second moments) and the magnitude at which a point source
 * saturates the detector in one integration.
 */
final class ImageFigures {

    private static final int HALF_BOX = 4;
    private static final double DETECTION_SIGMAS = 20;
    /** Counts at which the HAWK-I detectors stop responding linearly, per integration. */
    private static final double SATURATION_ADU = 40_000;

    private ImageFigures() {
    }

    /** Median 1 - b/a over isolated bright peaks, 0 when no source qualifies. */
    static double ellipticity(ReducedImage image) {
        float[] d = image.data();
        int w = image.width();
        int h = image.height();
        double noise = robustSigma(d);
        List<Double> values = new ArrayList<>();
        for (int y = HALF_BOX; y < h - HALF_BOX; y++) {
            for (int x = HALF_BOX; x < w - HALF_BOX; x++) {
                float v = d[y * w + x];
                if (!(v > DETECTION_SIGMAS * noise) || !isPeak(d, w, x, y)) {
                    continue;
                }
                double sum = 0;
                double sxx = 0;
                double syy = 0;
                double sxy = 0;
                for (int dy = -HALF_BOX; dy <= HALF_BOX; dy++) {
                    for (int dx = -HALF_BOX; dx <= HALF_BOX; dx++) {
                        double f = Math.max(0, d[(y + dy) * w + x + dx]);
                        sum += f;
                        sxx += f * dx * dx;
                        syy += f * dy * dy;
                        sxy += f * dx * dy;
                    }
                }
                sxx /= sum;
                syy /= sum;
                sxy /= sum;
                double root = Math.sqrt(Math.pow((sxx - syy) / 2, 2) + sxy * sxy);
                double major = (sxx + syy) / 2 + root;
                double minor = (sxx + syy) / 2 - root;
                if (minor > 0) {
                    values.add(1 - Math.sqrt(minor / major));
                }
            }
        }
        if (values.isEmpty()) {
            return 0;
        }
        values.sort(Double::compare);
        return values.get(values.size() / 2);
    }

    /** AB magnitude of a point source whose peak reaches saturation within one integration of {@code ditSeconds}. */
    static double abMagSat(ReducedImage image, double ditSeconds) {
        double sigmaPx = image.psfFwhmArcsec() / (image.pixelScaleDeg() * 3600) / 2.3548;
        double peakRate = SATURATION_ADU / Math.max(ditSeconds, 1e-3);
        double total = peakRate * 2 * Math.PI * sigmaPx * sigmaPx;
        return image.photZp() - 2.5 * Math.log10(total);
    }

    private static boolean isPeak(float[] d, int w, int x, int y) {
        float v = d[y * w + x];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && d[(y + dy) * w + x + dx] >= v) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double robustSigma(float[] d) {
        int step = Math.max(1, d.length / 20_000);
        double[] sample = new double[(d.length + step - 1) / step];
        for (int i = 0, j = 0; i < d.length; i += step, j++) {
            sample[j] = d[i];
        }
        Arrays.sort(sample);
        double median = sample[sample.length / 2];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = Math.abs(sample[i] - median);
        }
        Arrays.sort(sample);
        return Math.max(1e-12, 1.4826 * sample[sample.length / 2]);
    }
}
