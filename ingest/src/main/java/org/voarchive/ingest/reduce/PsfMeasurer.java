package org.voarchive.ingest.reduce;

import java.util.ArrayList;
import java.util.List;

import org.voarchive.ingest.pixels.Image;
import org.voarchive.ingest.pixels.Stats;

/**
 * Measures the point-spread function on a sky-subtracted image: stars are local maxima more than
 * {@link #DETECTION_SIGMAS} noise sigmas high with finite pixels around them; each star's centre is the
 * intensity-weighted centroid of its pixels above a fifth of the peak, and its width comes from a
 * weighted straight-line fit of ln(intensity) against squared radius (a circular Gaussian).
 */
final class PsfMeasurer {

    static final double DETECTION_SIGMAS = 10;
    private static final int BOX = 8;

    private PsfMeasurer() {
    }

    /** The median FWHM of the stars, pixels, or NaN when no star is found. */
    static double medianFwhmPx(Image image, double noise) {
        List<Double> widths = new ArrayList<>();
        for (int y = BOX; y < image.height() - BOX; y++) {
            for (int x = BOX; x < image.width() - BOX; x++) {
                float peak = image.get(x, y);
                if (peak > DETECTION_SIGMAS * noise && isIsolatedMaximum(image, x, y)) {
                    double fwhm = fwhm(image, x, y, peak);
                    if (Double.isFinite(fwhm)) {
                        widths.add(fwhm);
                    }
                }
            }
        }
        return widths.isEmpty() ? Double.NaN : Stats.median(widths.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static boolean isIsolatedMaximum(Image image, int x, int y) {
        float peak = image.get(x, y);
        for (int dy = -BOX; dy <= BOX; dy++) {
            for (int dx = -BOX; dx <= BOX; dx++) {
                float v = image.get(x + dx, y + dy);
                if (!Float.isFinite(v)) {
                    return false;
                }
                boolean before = dy < 0 || (dy == 0 && dx < 0);
                if ((dx != 0 || dy != 0) && Math.abs(dx) <= 2 && Math.abs(dy) <= 2 && (v > peak || (v == peak && before))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double fwhm(Image image, int x0, int y0, float peak) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int dy = -BOX; dy <= BOX; dy++) {
            for (int dx = -BOX; dx <= BOX; dx++) {
                float v = image.get(x0 + dx, y0 + dy);
                if (v > 0.2 * peak) {
                    sum += v;
                    sx += v * dx;
                    sy += v * dy;
                }
            }
        }
        double cx = sx / sum;
        double cy = sy / sum;
        double sw = 0;
        double swr = 0;
        double swl = 0;
        double swrr = 0;
        double swrl = 0;
        for (int dy = -BOX; dy <= BOX; dy++) {
            for (int dx = -BOX; dx <= BOX; dx++) {
                float v = image.get(x0 + dx, y0 + dy);
                if (v > 0.1 * peak) {
                    double r2 = (dx - cx) * (dx - cx) + (dy - cy) * (dy - cy);
                    double w = (double) v * v;
                    double l = Math.log(v);
                    sw += w;
                    swr += w * r2;
                    swl += w * l;
                    swrr += w * r2 * r2;
                    swrl += w * r2 * l;
                }
            }
        }
        double slope = (sw * swrl - swr * swl) / (sw * swrr - swr * swr);
        return slope < 0 ? 2 * Math.sqrt(2 * Math.log(2)) * Math.sqrt(-1 / (2 * slope)) : Double.NaN;
    }
}
