package org.voarchive.ingest.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.model.EchelleFormat;

class PixelDataTest {

    @TempDir
    static Path dir;
    static Manifest manifest;

    @BeforeAll
    static void simulate() throws IOException {
        manifest = new TransferStreamSimulator(SimulatorTest.PLAN).write(dir);
    }

    private static List<ManifestEntry> frames(String setup, String dprType) {
        return manifest.entries().stream()
                .filter(e -> !e.bad() && e.setup().equals(setup) && e.dprType().equals(dprType)).toList();
    }

    @Test
    void biasLevelAndNoiseAreInTheNominalRanges() throws Exception {
        for (ManifestEntry bias : frames("RED_2x2", "BIAS")) {
            for (int[][] image : RawFrame.read(dir.resolve(bias.fileName())).images()) {
                double[] trimmed = region(image, UvesArm.PRESCAN, image[0].length - UvesArm.OVERSCAN);
                double[] overscan = region(image, image[0].length - UvesArm.OVERSCAN, image[0].length);
                double level = RawFrame.median(trimmed);
                assertTrue(level >= 150 && level <= 220, "bias level " + level);
                double ron = RawFrame.robustSigma(trimmed);
                assertTrue(ron >= 1.9 && ron <= 3.2, "read noise " + ron);
                assertEquals(level, RawFrame.median(overscan), 1.0, "overscan carries the bias level");
            }
        }
    }

    @Test
    void flatsOfOneSetupShareTheirPixelResponseAndOtherSetupsDoNot() throws Exception {
        List<ManifestEntry> red580 = frames("RED_580", "LAMP,FLAT");
        double[] a = highPass(red580.get(0));
        double[] b = highPass(red580.get(3));
        double[] other = highPass(frames("RED_660", "LAMP,FLAT").get(0));
        assertTrue(correlation(a, b) > 0.6, "same setup: " + correlation(a, b));
        assertTrue(Math.abs(correlation(a, other)) < 0.2, "other setup: " + correlation(a, other));
    }

    @Test
    void aRedSettingCoversHAlphaAndTheStarAbsorbsThere() throws Exception {
        ManifestEntry science = frames("RED_660", "OBJECT,POINT").get(0);
        RawFrame frame = RawFrame.read(dir.resolve(science.fileName()));
        Keywords k = frame.primary();
        double wlen = k.number("INS.GRAT2.WLEN").orElseThrow();
        double slit = k.number("INS.SLIT3.WID").orElseThrow();
        boolean measured = false;
        for (int chip = 0; chip < 2; chip++) {
            EchelleFormat format = new EchelleFormat(wlen, slit, 2, chip, 512, 128);
            for (int order = 0; order < format.orders(); order++) {
                double x = format.column(order, StellarSpectrum.H_ALPHA);
                if (Double.isNaN(x)) {
                    continue;
                }
                assertTrue(format.minNm() <= StellarSpectrum.H_ALPHA && format.maxNm() >= StellarSpectrum.H_ALPHA);
                int[][] image = frame.images().get(chip);
                int xc = (int) Math.round(x);
                int continuum = xc > format.width() / 2 ? xc - 120 : xc + 120;
                double line = orderFlux(image, format, order, xc);
                double cont = orderFlux(image, format, order, continuum);
                assertTrue(line < 0.6 * cont, "H-alpha " + line + " against continuum " + cont);
                measured = true;
            }
        }
        assertTrue(measured, "RED_660 covers H-alpha");
    }

    @Test
    void theHawkiStandardStepsOverTheFourChips() throws Exception {
        List<ManifestEntry> standards = manifest.entries().stream()
                .filter(e -> e.dprType().equals("STD") && e.setup().startsWith("J/")).toList();
        assertEquals(4, standards.size());
        for (int i = 0; i < 4; i++) {
            int[][] chip = RawFrame.read(dir.resolve(standards.get(i).fileName())).images().get(i);
            int bestX = 0;
            int bestY = 0;
            for (int y = 0; y < chip.length; y++) {
                for (int x = 0; x < chip.length; x++) {
                    if (chip[y][x] > chip[bestY][bestX]) {
                        bestX = x;
                        bestY = y;
                    }
                }
            }
            double centre = (chip.length - 1) / 2.0;
            assertTrue(Math.abs(bestX - centre) <= 2 && Math.abs(bestY - centre) <= 2,
                    "star on chip " + (i + 1) + " at " + bestX + "," + bestY);
        }
    }

    private static double orderFlux(int[][] image, EchelleFormat format, int order, int x) {
        int y = (int) Math.round(format.traceY(order, x));
        double bias = image[y][image[0].length - 2];
        double sum = 0;
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                sum += image[y + dy][UvesArm.PRESCAN + x + dx] - bias;
            }
        }
        return sum;
    }

    /** Each bright pixel relative to its horizontal neighbours: the pixel response, without the orders' shape. */
    private static double[] highPass(ManifestEntry flat) throws Exception {
        int[][] image = RawFrame.read(dir.resolve(flat.fileName())).images().get(0);
        double[] out = new double[image.length * image[0].length];
        for (int y = 0; y < image.length; y++) {
            for (int x = UvesArm.PRESCAN + 1; x < image[0].length - UvesArm.OVERSCAN - 1; x++) {
                double p = image[y][x] - 180;
                double neighbours = (image[y][x - 1] + image[y][x + 1]) / 2.0 - 180;
                out[y * image[0].length + x] = p > 5000 ? p / neighbours - 1 : Double.NaN;
            }
        }
        return out;
    }

    private static double correlation(double[] a, double[] b) {
        double sa = 0;
        double sb = 0;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) {
                continue;
            }
            sa += a[i];
            sb += b[i];
            sab += a[i] * b[i];
            saa += a[i] * a[i];
            sbb += b[i] * b[i];
            n++;
        }
        assertTrue(n > 100, "enough bright pixels: " + n);
        double cov = sab / n - sa / n * sb / n;
        return cov / Math.sqrt((saa / n - sa * sa / n / n) * (sbb / n - sb * sb / n / n));
    }

    private static double[] region(int[][] image, int fromX, int toX) {
        double[] values = new double[image.length * (toX - fromX)];
        int i = 0;
        for (int[] row : image) {
            for (int x = fromX; x < toX; x++) {
                values[i++] = row[x];
            }
        }
        return values;
    }
}
