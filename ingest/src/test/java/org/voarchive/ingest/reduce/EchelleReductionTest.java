package org.voarchive.ingest.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.model.EchelleFormat;
import org.voarchive.ingest.pixels.SyntheticUves;

class EchelleReductionTest {

    @TempDir
    Path dir;

    private final Reducer reducer = new JavaReducer();
    private final SyntheticUves uves = new SyntheticUves(false, 180, 3, 21);
    private Path masterBias;
    private Path masterFlat;

    @BeforeEach
    void masters() throws Exception {
        masterBias = reducer.master(new MasterRequest("UVES", "MASTER_BIAS_BLUE",
                JavaMastersTest.biases(dir, uves, 5), Map.of(), dir.resolve("mb.fits"))).file();
        List<Path> flats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            flats.add(uves.write(dir.resolve("flat" + i + ".fits"), "LAMP,FLAT", 10, uves.echelle(nm -> 30_000, true)));
        }
        masterFlat = reducer.master(new MasterRequest("UVES", "MASTER_FLAT_BLUE", flats,
                Map.of("MASTER_BIAS_BLUE", masterBias), dir.resolve("mf.fits"))).file();
    }

    private ScienceResult reduce(Path raw, Map<String, Path> calibrations) throws ReductionException {
        return reducer.science(new ScienceRequest("UVES", "SCIENCE_BLUE", raw, calibrations, dir));
    }

    @Test
    void findsAnAbsorptionLineAtItsWavelength() throws Exception {
        EchelleFormat f = uves.format(0);
        double line = f.wavelength(1, 64.3);
        double sigmaNm = 3 * f.dispersion();
        Path raw = uves.write(dir.resolve("sci.fits"), "OBJECT", 1800, uves.echelle(nm ->
                4000 * (1 - 0.6 * Math.exp(-0.5 * Math.pow((nm - line) / sigmaNm, 2))), true));
        Path arc = uves.write(dir.resolve("arc.fits"), "LAMP,WAVE", 10, uves.echelle(uves.arcLines(20_000, 20), false));

        ScienceResult result = reduce(raw, Map.of("MASTER_BIAS_BLUE", masterBias, "MASTER_FLAT_BLUE", masterFlat,
                "ARC_LAMP_BLUE", arc));

        assertTrue(result.isSpectrum());
        assertEquals("java/uves_echelle", result.recipe());
        ReducedSpectrum s = result.spectrum();
        assertEquals(f.orders() * SyntheticUves.WIDTH, s.waveNm().length);
        for (int i = 1; i < s.waveNm().length; i++) {
            assertTrue(s.waveNm()[i] > s.waveNm()[i - 1], "wavelengths must increase at " + i);
        }
        int deepest = 0;
        for (int i = 0; i < s.flux().length; i++) {
            if (s.flux()[i] < s.flux()[deepest]) {
                deepest = i;
            }
        }
        assertEquals(line, s.waveNm()[deepest], 2 * f.dispersion());
        assertTrue(s.snr() > 35 && s.snr() < 90, "SNR " + s.snr());
        assertEquals(f.dispersion(), s.binNm(), 1e-12);
        assertEquals(f.resolvingPower(), s.resolvingPower(), 0.07 * f.resolvingPower());
    }

    @Test
    void flatFieldingRemovesThePixelResponseAndTheBlaze() throws Exception {
        Path raw = uves.write(dir.resolve("bright.fits"), "OBJECT", 600, uves.echelle(nm -> 100_000, true));
        double withFlat = pointToPointScatter(reduce(raw, Map.of("MASTER_BIAS_BLUE", masterBias, "MASTER_FLAT_BLUE", masterFlat)).spectrum());
        double withoutFlat = pointToPointScatter(reduce(raw, Map.of("MASTER_BIAS_BLUE", masterBias)).spectrum());
        assertTrue(withFlat < 0.015, "flat-fielded scatter " + withFlat);
        assertTrue(withoutFlat > 0.02 && withoutFlat > 2 * withFlat, "scatter without flat " + withoutFlat + ", with " + withFlat);

        double[] flux = reduce(raw, Map.of("MASTER_BIAS_BLUE", masterBias, "MASTER_FLAT_BLUE", masterFlat)).spectrum().flux();
        double centre = flux[SyntheticUves.WIDTH / 2];
        assertEquals(1, flux[3] / centre, 0.03, "the blaze (0.5 at the order ends) is divided out");
    }

    private static double pointToPointScatter(ReducedSpectrum s) {
        double sum = 0;
        int n = 0;
        for (int i = 1; i < s.flux().length; i++) {
            double r = s.flux()[i] / s.flux()[i - 1] - 1;
            sum += r * r;
            n++;
        }
        return Math.sqrt(sum / n / 2);
    }

    @Test
    void theRedArmMergesBothChips() throws Exception {
        SyntheticUves red = new SyntheticUves(true, 180, 3, 22);
        Path bias = reducer.master(new MasterRequest("UVES", "MASTER_BIAS_RED",
                JavaMastersTest.biases(Files.createDirectories(dir.resolve("red")), red, 3), Map.of(), dir.resolve("mbr.fits"))).file();
        Path raw = red.write(dir.resolve("red.fits"), "OBJECT", 600, red.echelle(nm -> 5000, true));
        ReducedSpectrum s = reducer.science(new ScienceRequest("UVES", "SCIENCE_RED", raw,
                Map.of("MASTER_BIAS_RED", bias), dir)).spectrum();
        assertEquals(2 * red.format(0).orders() * SyntheticUves.WIDTH, s.waveNm().length);
        assertEquals(red.format(0).minNm(), s.waveNm()[0], 1e-9);
        assertEquals(red.format(1).maxNm(), s.waveNm()[s.waveNm().length - 1], 1e-9);
        assertEquals(EchelleFormat.nominalResolvingPower(1.0), s.resolvingPower(), 1e-9, "no arc: the nominal value");
    }

    @Test
    void aMissingBiasIsAnError() throws IOException {
        Path raw = uves.write(dir.resolve("sci.fits"), "OBJECT", 60, (c, x, y) -> 10);
        Map<String, Path> none = new HashMap<>();
        ReductionException e = assertThrows(ReductionException.class, () -> reduce(raw, none));
        assertTrue(e.getMessage().contains("MASTER_BIAS"), e.getMessage());
    }
}
