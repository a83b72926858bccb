package org.voarchive.ingest.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.model.EchelleFormat;
import org.voarchive.ingest.pixels.SyntheticHawki;
import org.voarchive.ingest.pixels.SyntheticUves;

class QcMeasurerTest {

    @TempDir
    Path dir;

    @Test
    void biasRecoversLevelAndReadNoise() throws IOException {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 1);
        Path bias = uves.write(dir.resolve("bias.fits"), "BIAS", 0, (c, x, y) -> 0);

        Map<String, Double> qc = QcMeasurer.measure("BIAS_BLUE", bias);

        assertEquals(List.of("QC.BIAS.LEVEL", "QC.RON", "QC.STRUCTX", "QC.STRUCTY"), List.copyOf(qc.keySet()));
        assertEquals(180, qc.get("QC.BIAS.LEVEL"), 0.5);
        assertEquals(3, qc.get("QC.RON"), 0.3);
        assertTrue(qc.get("QC.STRUCTX") < 0.3, "pure noise has no structure: " + qc);
    }

    @Test
    void biasStructureAlongXIsSeen() throws IOException {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 2);
        Path bias = uves.write(dir.resolve("bias.fits"), "BIAS", 0, (c, x, y) -> x % 2 == 0 ? 4 : 0);
        Map<String, Double> qc = QcMeasurer.measure("BIAS_BLUE", bias);
        assertEquals(2, qc.get("QC.STRUCTX"), 0.3);
        assertTrue(qc.get("QC.STRUCTY") < 0.3);
    }

    @Test
    void redArmGivesPerChipValues() throws IOException {
        SyntheticUves uves = new SyntheticUves(true, 200, 2.5, 3);
        Path bias = uves.write(dir.resolve("bias.fits"), "BIAS", 0, (c, x, y) -> 0);
        Map<String, Double> qc = QcMeasurer.measure("BIAS_RED", bias);
        assertEquals(2.5, qc.get("QC.RON1"), 0.3);
        assertEquals(2.5, qc.get("QC.RON2"), 0.3);
        assertEquals((qc.get("QC.RON1") + qc.get("QC.RON2")) / 2, qc.get("QC.RON"), 1e-9);
        assertEquals(200, qc.get("QC.BIAS.LEVEL2"), 0.5);
    }

    @Test
    void uvesDarkCurrentIsMeasuredAboveTheOverscan() throws IOException {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 4);
        Path dark = uves.write(dir.resolve("dark.fits"), "DARK", 3600, (c, x, y) -> 36);
        Map<String, Double> qc = QcMeasurer.measure("DARK_BLUE", dark);
        assertEquals(216, qc.get("QC.DARK.MED"), 1);
        assertEquals(0.01, qc.get("QC.DARK.CURRENT"), 0.0005);
    }

    @Test
    void hawkiDarkGivesTheReadNoiseOfEachChip() throws IOException {
        double[] ron = {6, 7, 8, 9};
        Path dark = new SyntheticHawki(5).write(dir.resolve("dark.fits"),
                SyntheticHawki.header("DARK", 10, 6, "Ks"), new double[] {20, 20, 20, 20}, ron, null);
        Map<String, Double> qc = QcMeasurer.measure("DARK", dark);
        for (int i = 0; i < 4; i++) {
            assertEquals(ron[i], qc.get("QC.RON" + (i + 1)), 0.08 * ron[i], "chip " + (i + 1));
        }
        assertEquals(7.5, qc.get("QC.RON"), 0.4);
        assertEquals(2.0, qc.get("QC.DARK.CURRENT"), 0.1);
    }

    @Test
    void twilightFlatLevelsAndTheirSpread() throws IOException {
        Path flat = new SyntheticHawki(6).write(dir.resolve("flat.fits"),
                SyntheticHawki.header("FLAT", 2, 1, "J"), new double[4], new double[] {8, 8, 8, 8}, (x, y) -> 10_000);
        Map<String, Double> qc = QcMeasurer.measure("FLAT_TWILIGHT", flat);
        assertEquals(9_000, qc.get("QC.FLAT.LEVEL1"), 100);
        assertEquals(11_000, qc.get("QC.FLAT.LEVEL3"), 120);
        assertEquals(10_125, qc.get("QC.FLAT.MEDMEAN"), 100);
        assertEquals(Math.sqrt((1125 * 1125 + 125 * 125 + 875 * 875 + 375 * 375) / 3.0), qc.get("QC.FLAT.MEDSTDEV"), 60);
        assertEquals(3.4, qc.get("QC.FLAT.UNIFORMITY1"), 0.6, "3% response plus 1% photon noise");
        assertEquals(0, qc.get("QC.FLAT.NBADPIX"));
    }

    @Test
    void flatCountsDeadPixels() throws IOException {
        Path flat = new SyntheticHawki(7).write(dir.resolve("flat.fits"),
                SyntheticHawki.header("FLAT", 2, 1, "J"), new double[4], new double[] {8, 8, 8, 8},
                (x, y) -> (x == 10 && y % 5 == 0 && y < 48) ? 0 : 10_000);
        assertEquals(10, QcMeasurer.measure("FLAT_TWILIGHT", flat).get("QC.FLAT.NBADPIX1"));
    }

    @Test
    void arcLinesAreCountedAndTheirWidthMeasured() throws IOException {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 8);
        Path arc = uves.write(dir.resolve("arc.fits"), "LAMP,WAVE", 10, uves.echelle(uves.arcLines(20_000, 20), false));
        EchelleFormat f = uves.format(0);
        int expected = 0;
        for (int order = 0; order < f.orders(); order++) {
            for (int x = 2; x < SyntheticUves.WIDTH - 2; x++) {
                double here = uves.arcLines(1, 20).applyAsDouble(f.wavelength(order, x));
                if (here > uves.arcLines(1, 20).applyAsDouble(f.wavelength(order, x - 1))
                        && here >= uves.arcLines(1, 20).applyAsDouble(f.wavelength(order, x + 1))) {
                    expected++;
                }
            }
        }
        Map<String, Double> qc = QcMeasurer.measure("ARC_LAMP_BLUE", arc);
        assertEquals(expected, qc.get("QC.NLINES"), 1);
        assertEquals(EchelleFormat.LINE_FWHM_PX, qc.get("QC.FWHMMED"), 0.15);
    }

    @Test
    void scienceSpectraHaveNoQcAndUnknownTagsAreRefused() throws IOException {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 9);
        Path sci = uves.write(dir.resolve("sci.fits"), "OBJECT", 100, (c, x, y) -> 10);
        assertTrue(QcMeasurer.measure("SCIENCE_BLUE", sci).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> QcMeasurer.measure("LINE_REFER_TABLE", sci));
    }
}
