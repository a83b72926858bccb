package org.voarchive.ingest.simulate;

import org.voarchive.ingest.model.ArcLineCatalog;
import org.voarchive.ingest.model.EchelleFormat;

/**
 * Paints light through the echelle orders of one chip, noise-free, in ADU on the trimmed area: each
 * order is a Gaussian profile of sigma {@link EchelleFormat#PROFILE_SIGMA} around its trace, scaled along
 * the order by the blaze function and the source's spectrum.
 */
final class EchellePainter {

    /** Fraction of an order's column flux that lands in its central pixel. */
    private static final double PROFILE_PEAK = 1 / (Math.sqrt(2 * Math.PI) * EchelleFormat.PROFILE_SIGMA);
    private static final double LINE_SIGMA_PX = EchelleFormat.LINE_FWHM_PX / (2 * Math.sqrt(2 * Math.log(2)));
    /** Fraction of a line's flux in its central column. */
    private static final double LINE_PEAK = 1 / (Math.sqrt(2 * Math.PI) * LINE_SIGMA_PX);
    private static final double LAMP_TEMPERATURE_K = 3200;

    private final EchelleFormat format;

    EchellePainter(EchelleFormat format) {
        this.format = format;
    }

    /** Relative grating efficiency across an order: sinc squared, 1 at the order centre. */
    double blaze(double x) {
        double u = Math.PI * 0.8 * (x / format.width() - 0.5);
        return u == 0 ? 1 : Math.pow(Math.sin(u) / u, 2);
    }

    /** A continuum lamp (flat field, order definition) whose brightest pixel is about {@code peakAdu}. */
    float[][] lamp(double peakAdu) {
        double refNm = brightestLampWavelength();
        float[][] image = blank();
        for (int order = 0; order < format.orders(); order++) {
            double[] flux = new double[format.width()];
            for (int x = 0; x < flux.length; x++) {
                double nm = format.wavelength(order, x);
                flux[x] = peakAdu / PROFILE_PEAK * blaze(x)
                        * StellarSpectrum.planckRatio(nm, refNm, LAMP_TEMPERATURE_K);
            }
            addOrder(image, order, flux);
        }
        return image;
    }

    /** Arc lamp lines of {@link ArcLineCatalog}; the catalogue's strongest line peaks at {@code peakAdu}. */
    float[][] arc(double peakAdu) {
        float[][] image = blank();
        int reach = (int) Math.ceil(5 * LINE_SIGMA_PX);
        for (int order = 0; order < format.orders(); order++) {
            double[] flux = new double[format.width()];
            double start = format.wavelength(order, 0);
            double end = format.wavelength(order, format.width() - 1);
            for (ArcLineCatalog.ArcLine line : ArcLineCatalog.between(start - 1, end + 1)) {
                double centre = (line.nm() - start) / format.dispersion();
                double total = peakAdu * line.relativeIntensity() / (PROFILE_PEAK * LINE_PEAK);
                for (int x = Math.max(0, (int) centre - reach); x <= Math.min(flux.length - 1, (int) centre + reach); x++) {
                    double d = (x - centre) / LINE_SIGMA_PX;
                    flux[x] += total * LINE_PEAK * Math.exp(-0.5 * d * d);
                }
            }
            addOrder(image, order, flux);
        }
        return image;
    }

    /**
     * A star: its spectrum times the blaze; {@code columnAdu} is the flux summed across the order at the
     * blaze peak where the continuum equals its value at {@code refNm}.
     */
    float[][] star(StellarSpectrum spectrum, double columnAdu, double refNm) {
        float[][] image = blank();
        for (int order = 0; order < format.orders(); order++) {
            double[] flux = spectrum.along(format, order, refNm);
            for (int x = 0; x < flux.length; x++) {
                flux[x] *= columnAdu * blaze(x);
            }
            addOrder(image, order, flux);
        }
        return image;
    }

    private void addOrder(float[][] image, int order, double[] columnFlux) {
        double sigma = EchelleFormat.PROFILE_SIGMA;
        for (int x = 0; x < columnFlux.length; x++) {
            double yc = format.traceY(order, x);
            int from = Math.max(0, (int) Math.floor(yc - 5 * sigma));
            int to = Math.min(image.length - 1, (int) Math.ceil(yc + 5 * sigma));
            for (int y = from; y <= to; y++) {
                double d = (y - yc) / sigma;
                image[y][x] += (float) (columnFlux[x] * PROFILE_PEAK * Math.exp(-0.5 * d * d));
            }
        }
    }

    private double brightestLampWavelength() {
        double best = format.minNm();
        for (double nm = format.minNm(); nm <= format.maxNm(); nm += (format.maxNm() - format.minNm()) / 64) {
            if (StellarSpectrum.planckRatio(nm, best, LAMP_TEMPERATURE_K) > 1) {
                best = nm;
            }
        }
        return best;
    }

    private float[][] blank() {
        return new float[format.height()][format.width()];
    }
}
