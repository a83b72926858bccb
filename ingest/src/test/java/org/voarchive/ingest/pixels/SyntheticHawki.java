package org.voarchive.ingest.pixels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small HAWK-I-like raw frames: an empty primary HDU and four 48 x 48 chips {@code CHIP1.INT1}..
 * {@code CHIP4.INT1} on a 2 x 2 mosaic with 4-pixel gaps, each with a TAN WCS of 0.106"/px around one
 * pointing. Chip gains differ (0.9, 1.0, 1.1, 1.05) and carry a fixed 3% pixel response.
 */
public final class SyntheticHawki {

    public static final int SIZE = 48;
    public static final int GAP = 4;
    public static final double SCALE_ARCSEC = 0.106;
    public static final double RA = 10.0;
    public static final double DEC = -30.0;
    public static final double[] GAINS = {0.9, 1.0, 1.1, 1.05};
    /** Lower-left corner of each chip on the mosaic, pixels. */
    public static final int[][] OFFSETS = {{0, 0}, {SIZE + GAP, 0}, {0, SIZE + GAP}, {SIZE + GAP, SIZE + GAP}};

    /** Signal in ADU at mosaic pixel (x, y), 0-based. */
    public interface Sky {
        double at(double x, double y);
    }

    private final Random random;

    public SyntheticHawki(long seed) {
        this.random = new Random(seed);
    }

    public static Map<String, Object> header(String type, double dit, int ndit, String filter) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("ORIGIN", "ESO-PARANAL");
        h.put("INSTRUME", "HAWKI");
        h.put("EXPTIME", dit * ndit);
        h.put("MJD-OBS", 60381.2);
        h.put("DPR.TYPE", type);
        h.put("DET.DIT", dit);
        h.put("DET.NDIT", (long) ndit);
        h.put("INS.FILT1.NAME", filter);
        h.put("INS.FILT2.NAME", "OPEN");
        return h;
    }

    public static double response(int chip, int x, int y) {
        return GAINS[chip] * (1 + 0.03 * new java.util.SplittableRandom((chip * 7919L + y) * 104_729L + x).nextGaussian());
    }

    /**
     * Writes a frame: {@code darkLevel[chip]} plus the chip's response times {@code sky}, with photon
     * noise and read noise {@code ron[chip]} (ADU).
     */
    public Path write(Path file, Map<String, Object> primary, double[] darkLevel, double[] ron, Sky sky) throws IOException {
        List<TestFits.Chip> chips = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Image image = Image.filled(SIZE, SIZE, 0);
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    double s = sky == null ? 0 : response(c, x, y) * sky.at(x + OFFSETS[c][0], y + OFFSETS[c][1]);
                    double v = darkLevel[c] + s + Math.sqrt(Math.max(0, s) + ron[c] * ron[c]) * random.nextGaussian();
                    image.set(x, y, (float) v);
                }
            }
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("DET.CHIP.NO", (long) c + 1);
            h.put("CTYPE1", "RA---TAN");
            h.put("CTYPE2", "DEC--TAN");
            h.put("CRVAL1", RA);
            h.put("CRVAL2", DEC);
            h.put("CRPIX1", 50.5 - OFFSETS[c][0]);
            h.put("CRPIX2", 50.5 - OFFSETS[c][1]);
            h.put("CD1_1", -SCALE_ARCSEC / 3600);
            h.put("CD1_2", 0.0);
            h.put("CD2_1", 0.0);
            h.put("CD2_2", SCALE_ARCSEC / 3600);
            chips.add(new TestFits.Chip("CHIP" + (c + 1) + ".INT1", h, image));
        }
        return TestFits.writeRaw(file, primary, chips);
    }

    /** A uniform sky plus Gaussian stars of {@code fwhmPx} at the given mosaic positions and peak heights. */
    public static Sky stars(double skyLevel, double fwhmPx, double[][] xyPeak) {
        double sigma = fwhmPx / (2 * Math.sqrt(2 * Math.log(2)));
        return (x, y) -> {
            double v = skyLevel;
            for (double[] s : xyPeak) {
                double r2 = (x - s[0]) * (x - s[0]) + (y - s[1]) * (y - s[1]);
                v += s[2] * Math.exp(-0.5 * r2 / (sigma * sigma));
            }
            return v;
        };
    }
}
