package org.voarchive.ingest.pixels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.voarchive.ingest.model.EchelleFormat;

/**
 * Small UVES-like raw frames: 128 x 64 (or a chosen number of rows) exposed pixels with 8 prescan and 8 overscan columns, one chip
 * (blue, 390 nm) or two (red REDL/REDU, 580 nm), 1 arcsec slit, gain 1 e-/ADU, Gaussian read noise and
 * photon noise. Signals are painted along the orders of {@link EchelleFormat}, times a blaze function
 * and a fixed pixel response (5% rms), the same in every frame of a chip.
 */
public final class SyntheticUves {

    public static final int WIDTH = 128;
    public static final int HEIGHT = 64;
    public static final int PRESCAN = 8;
    public static final int OVERSCAN = 8;
    public static final double RESPONSE_RMS = 0.05;

    /** Signal in electrons at exposed pixel (x, y) of a chip. */
    public interface Signal {
        double at(int chip, int x, int y);
    }

    private final boolean red;
    private final double biasLevel;
    private final double ron;
    private final Random random;
    private final int height;

    public SyntheticUves(boolean red, double biasLevel, double ron, long seed) {
        this(red, biasLevel, ron, seed, HEIGHT);
    }

    /** Frames of {@code height} rows instead of {@link #HEIGHT} (uves_cal_mbias wants at least 128). */
    public SyntheticUves(boolean red, double biasLevel, double ron, long seed, int height) {
        this.height = height;
        this.red = red;
        this.biasLevel = biasLevel;
        this.ron = ron;
        this.random = new Random(seed);
    }

    public int chips() {
        return red ? 2 : 1;
    }

    public EchelleFormat format(int chip) {
        return new EchelleFormat(red ? 580 : 390, 1.0, chips(), chip, WIDTH, height);
    }

    public Map<String, Object> header(String type, double exptime) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("ORIGIN", "ESO-PARANAL");
        h.put("INSTRUME", "UVES");
        h.put("OBJECT", type);
        h.put("EXPTIME", exptime);
        h.put("MJD-OBS", 60381.1342);
        h.put("CRPIX1", 1.0);
        h.put("CRPIX2", 1.0);
        h.put("CRVAL1", 1.0);
        h.put("CRVAL2", 1.0);
        h.put("CDELT1", 1.0);
        h.put("CDELT2", 1.0);
        h.put("CTYPE1", "PIXEL");
        h.put("CTYPE2", "PIXEL");
        h.put("DPR.CATG", "CALIB");
        h.put("DPR.TYPE", type);
        h.put("DET.CHIPS", (long) chips());
        h.put("DET.WIN1.BINX", 1L);
        h.put("DET.WIN1.BINY", 1L);
        h.put("DET.READ.SPEED", "225kHz,1x1,low");
        h.put("DET.OUT1.PRSCX", (long) PRESCAN);
        h.put("DET.OUT1.OVSCX", (long) OVERSCAN);
        h.put("DET.OUT1.CONAD", 1.0);
        h.put("DET.OUT1.RON", ron);
        h.put(red ? "INS.GRAT2.WLEN" : "INS.GRAT1.WLEN", red ? 580.0 : 390.0);
        h.put(red ? "INS.SLIT3.WID" : "INS.SLIT2.WID", 1.0);
        return h;
    }

    public Path write(Path file, String type, double exptime, Signal signal) throws IOException {
        List<TestFits.Chip> chips = new ArrayList<>();
        for (int c = 0; c < chips(); c++) {
            Image image = Image.filled(PRESCAN + WIDTH + OVERSCAN, height, 0);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < image.width(); x++) {
                    int ex = x - PRESCAN;
                    double s = ex >= 0 && ex < WIDTH ? Math.max(0, signal.at(c, ex, y)) : 0;
                    image.set(x, y, (float) (biasLevel + s + Math.sqrt(s + ron * ron) * random.nextGaussian()));
                }
            }
            String name = red ? (c == 0 ? "REDL" : "REDU") : HduImage.PRIMARY;
            chips.add(new TestFits.Chip(name, Map.of("DET.CHIP.INDEX", (long) c + 1), image));
        }
        return TestFits.writeRaw(file, header(type, exptime), chips);
    }

    /** Blaze efficiency along an order: 1 in the middle, 0.5 at the ends. */
    public static double blaze(int x) {
        double u = (x - (WIDTH - 1) / 2.0) / (WIDTH / 2.0);
        return 1 - 0.5 * u * u;
    }

    /** The fixed pixel response of a chip, 1 on average. */
    public static double response(int chip, int x, int y) {
        long h = (chip * 1_000_003L + y) * 1_000_033L + x;
        return 1 + RESPONSE_RMS * new java.util.SplittableRandom(h).nextGaussian();
    }

    /**
     * A spectrum painted along the orders: {@code fluxPerColumn(nm)} electrons per column, spread over the
     * Gaussian spatial profile, times the blaze (when {@code withBlaze}) and the pixel response.
     */
    public Signal echelle(DoubleUnaryOperator fluxPerColumn, boolean withBlaze) {
        return (chip, x, y) -> {
            EchelleFormat f = format(chip);
            int order = Math.min(f.orders() - 1, Math.max(0, (int) Math.floor(y / (double) EchelleFormat.ORDER_SPACING)));
            double d = (y - f.traceY(order, x)) / EchelleFormat.PROFILE_SIGMA;
            double profile = Math.exp(-0.5 * d * d) / (Math.sqrt(2 * Math.PI) * EchelleFormat.PROFILE_SIGMA);
            return fluxPerColumn.applyAsDouble(f.wavelength(order, x)) * profile
                    * (withBlaze ? blaze(x) : 1) * response(chip, x, y);
        };
    }

    /** Unresolved emission lines of {@code peak} electrons per column every {@code spacingPx} pixels of an order. */
    public DoubleUnaryOperator arcLines(double peak, int spacingPx) {
        EchelleFormat f = format(0);
        double sigmaNm = EchelleFormat.LINE_FWHM_PX * f.dispersion() / (2 * Math.sqrt(2 * Math.log(2)));
        double step = spacingPx * f.dispersion();
        double first = f.minNm() + 0.5 * step;
        return nm -> {
            double k = Math.rint((nm - first) / step);
            double d = (nm - (first + k * step)) / sigmaNm;
            return peak * Math.exp(-0.5 * d * d);
        };
    }
}
