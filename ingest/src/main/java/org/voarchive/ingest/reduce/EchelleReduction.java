package org.voarchive.ingest.reduce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.voarchive.ingest.model.EchelleFormat;
import org.voarchive.ingest.pixels.EchelleOrders;
import org.voarchive.ingest.pixels.EmissionLines;
import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.Image;
import org.voarchive.ingest.pixels.Readout;
import org.voarchive.ingest.pixels.Stats;
import org.voarchive.ingest.pixels.UvesFormats;
import org.voarchive.ingest.qc.QcMeasurer;

/**
 * Reduces a UVES echelle frame to a merged spectrum: master bias subtracted, pre/overscan trimmed, each
 * order extracted along its {@link EchelleFormat} trace over +-3 profile sigmas by optimal (Horne)
 * weighting, and the orders of all chips merged into one increasing wavelength grid.
 *
 * <p>Flat-fielding: the profile weights are the master flat normalised per order (by the median of its
 * column sums inside the order's window), so dividing by it removes the pixel response and the blaze
 * together. Without a master flat the model's Gaussian profile serves, and the response remains.
 *
 * <p>Errors: photon noise (DET.OUT1.CONAD electrons per ADU, 1 when absent) plus read noise (DET.OUT1.RON,
 * else measured on the raw's overscan). The resolving power comes from the arc's median line FWHM when
 * an ARC_LAMP frame is given, else from the format's nominal value.
 */
final class EchelleReduction {

    static final String RECIPE = "java/uves_echelle";

    private EchelleReduction() {
    }

    static ReducedSpectrum reduce(ScienceRequest request) throws ReductionException {
        LoadedFrame raw = LoadedFrame.read(request.raw());
        LoadedFrame bias = LoadedFrame.read(Calibrations.require(request.calibrations(), "MASTER_BIAS", "an echelle reduction"));
        bias.requireSameLayout(raw);
        LoadedFrame flat = null;
        if (Calibrations.find(request.calibrations(), "MASTER_FLAT").isPresent()) {
            flat = LoadedFrame.read(Calibrations.find(request.calibrations(), "MASTER_FLAT").get());
            flat.requireSameLayout(raw);
        }
        double gain = raw.primary().number("DET.OUT1.CONAD").orElse(1.0);
        List<double[]> columns = new ArrayList<>();
        List<EchelleFormat> formats = new ArrayList<>();
        try {
            for (int chip = 0; chip < raw.hdus().size(); chip++) {
                HduImage hdu = raw.hdus().get(chip);
                Readout readout = Readout.of(raw.primary(), hdu.header());
                double ron = raw.primary().number("DET.OUT1.RON")
                        .orElseGet(() -> QcMeasurer.readNoise(readout, hdu.image()));
                Image science = readout.trim(hdu.image().minus(bias.hdus().get(chip).image()));
                Image flatChip = flat == null ? null : readout.trim(flat.hdus().get(chip).image());
                EchelleFormat format = UvesFormats.of(raw.primary(), chip, science);
                formats.add(format);
                for (int order = 0; order < format.orders(); order++) {
                    extractOrder(science, flatChip, format, order, ron, gain, columns);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ReductionException("cannot extract " + request.raw().getFileName() + ": " + e.getMessage(), e);
        }
        double resolvingPower = Calibrations.find(request.calibrations(), "ARC_LAMP").isPresent()
                ? measuredResolvingPower(Calibrations.find(request.calibrations(), "ARC_LAMP").get(), bias)
                : formats.get(0).resolvingPower();
        return merge(columns, resolvingPower, formats.get(0).dispersion());
    }

    /** Appends {wavelength, flux, error} for each column of one order. */
    private static void extractOrder(Image science, Image flat, EchelleFormat format, int order, double ron,
                                     double gain, List<double[]> out) {
        double norm = flat == null ? 1 : orderNorm(flat, format, order);
        for (int x = 0; x < science.width(); x++) {
            int y0 = EchelleOrders.firstRow(format, order, x);
            int y1 = EchelleOrders.endRow(format, order, x);
            double[] profile = new double[y1 - y0];
            double profileSum = 0;
            double boxcar = 0;
            for (int y = y0; y < y1; y++) {
                double p = flat == null ? gaussian(y - format.traceY(order, x)) : flat.get(x, y) / norm;
                profile[y - y0] = Math.max(p, 0);
                profileSum += profile[y - y0];
                boxcar += science.get(x, y);
            }
            if (!(profileSum > 0)) {
                continue;
            }
            double flux = boxcar / profileSum;
            double variance = Double.NaN;
            for (int iteration = 0; iteration < 2; iteration++) {
                double numerator = 0;
                double denominator = 0;
                for (int y = y0; y < y1; y++) {
                    double p = profile[y - y0];
                    double v = ron * ron + Math.max(flux * p, 0) / gain;
                    numerator += p * science.get(x, y) / v;
                    denominator += p * p / v;
                }
                flux = numerator / denominator;
                variance = 1 / denominator;
            }
            out.add(new double[] {format.wavelength(order, x), flux, Math.sqrt(variance)});
        }
    }

    private static double gaussian(double dy) {
        double d = dy / EchelleFormat.PROFILE_SIGMA;
        return Math.exp(-0.5 * d * d) / (Math.sqrt(2 * Math.PI) * EchelleFormat.PROFILE_SIGMA);
    }

    /** The median over columns of the flat's sum inside the order's window. */
    private static double orderNorm(Image flat, EchelleFormat format, int order) {
        double[] sums = EchelleOrders.boxcar(flat, format, order);
        double norm = Stats.median(sums);
        if (!(norm > 0)) {
            throw new IllegalArgumentException("the master flat has no signal in order " + order);
        }
        return norm;
    }

    private static double measuredResolvingPower(Path arcFile, LoadedFrame bias) throws ReductionException {
        LoadedFrame arc = LoadedFrame.read(arcFile);
        bias.requireSameLayout(arc);
        List<Double> powers = new ArrayList<>();
        try {
            for (int chip = 0; chip < arc.hdus().size(); chip++) {
                HduImage hdu = arc.hdus().get(chip);
                Readout readout = Readout.of(arc.primary(), hdu.header());
                Image signal = readout.trim(hdu.image().minus(bias.hdus().get(chip).image()));
                List<EmissionLines.Line> lines = QcMeasurer.arcLines(arc.primary(), chip, signal);
                if (!lines.isEmpty()) {
                    EchelleFormat format = UvesFormats.of(arc.primary(), chip, signal);
                    double fwhm = Stats.median(lines.stream().mapToDouble(EmissionLines.Line::fwhm).toArray());
                    powers.add((format.minNm() + format.maxNm()) / 2 / (fwhm * format.dispersion()));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ReductionException("cannot measure lines on " + arcFile.getFileName() + ": " + e.getMessage(), e);
        }
        if (powers.isEmpty()) {
            throw new ReductionException("no arc line found on " + arcFile.getFileName() + " to measure the resolving power");
        }
        return powers.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static ReducedSpectrum merge(List<double[]> columns, double resolvingPower, double binNm) throws ReductionException {
        columns.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> kept = new ArrayList<>();
        for (double[] c : columns) {
            if (Double.isFinite(c[1]) && Double.isFinite(c[2]) && (kept.isEmpty() || c[0] > kept.get(kept.size() - 1)[0])) {
                kept.add(c);
            }
        }
        if (kept.isEmpty()) {
            throw new ReductionException("nothing was extracted");
        }
        double[] wave = new double[kept.size()];
        double[] flux = new double[kept.size()];
        double[] error = new double[kept.size()];
        double[] snr = new double[kept.size()];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = kept.get(i)[0];
            flux[i] = kept.get(i)[1];
            error[i] = kept.get(i)[2];
            snr[i] = flux[i] / error[i];
        }
        return new ReducedSpectrum(wave, flux, error, Stats.median(snr), resolvingPower, binNm);
    }
}
