package org.voarchive.ingest.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.pixels.FitsHeaders;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.Stats;
import org.voarchive.ingest.pixels.SyntheticHawki;
import org.voarchive.ingest.pixels.SyntheticUves;

class JavaMastersTest {

    @TempDir
    Path dir;

    private final Reducer reducer = new JavaReducer();

    static List<Path> biases(Path dir, SyntheticUves uves, int n) throws IOException {
        List<Path> raws = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            raws.add(uves.write(dir.resolve("bias" + i + ".fits"), "BIAS", 0, (c, x, y) -> 0));
        }
        return raws;
    }

    @Test
    void masterBiasNoiseFallsAsTheSquareRootOfTheFrames() throws Exception {
        SyntheticUves uves = new SyntheticUves(true, 190, 3, 11);
        List<Path> raws = biases(dir, uves, 5);
        MasterResult result = reducer.master(new MasterRequest("UVES", "MASTER_BIAS_RED", raws, Map.of(), dir.resolve("mb.fits")));

        assertEquals("java/master_bias", result.recipe());
        assertEquals(3, result.qc().get("QC.RON.RAW"), 0.25);
        double expected = 3 / Math.sqrt(5);
        double master = result.qc().get("QC.RON.MASTER");
        assertTrue(master > expected && master < 1.45 * expected, "master RON " + master + " vs " + expected);
        assertEquals(190, result.qc().get("QC.BIAS.LEVEL"), 0.5);

        Keywords header = FitsHeaders.read(result.file());
        assertEquals("MASTER_BIAS_RED", header.value("PRO.CATG").orElseThrow());
        assertEquals(5L, header.value("PRO.DATANCOM").orElseThrow());
        assertEquals("bias0.fits", header.value("PRO.REC1.RAW1.NAME").orElseThrow());
        assertEquals("bias4.fits", header.value("PRO.REC1.RAW5.NAME").orElseThrow());
        assertEquals("java/master_bias", header.value("PRO.REC1.ID").orElseThrow());
        assertEquals(master, header.number("QC.RON.MASTER").orElseThrow(), 1e-9);
        assertEquals(580.0, header.value("INS.GRAT2.WLEN").orElseThrow());
        List<HduImage> hdus = FitsImages.read(result.file());
        assertEquals(List.of("REDL", "REDU"), hdus.stream().map(HduImage::name).toList());
        assertEquals(SyntheticUves.PRESCAN + SyntheticUves.WIDTH + SyntheticUves.OVERSCAN, hdus.get(1).image().width());
    }

    @Test
    void masterDarkSubtractsTheMasterBias() throws Exception {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 12);
        Path bias = reducer.master(new MasterRequest("UVES", "MASTER_BIAS_BLUE", biases(dir, uves, 3), Map.of(),
                dir.resolve("mb.fits"))).file();
        List<Path> darks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            darks.add(uves.write(dir.resolve("dark" + i + ".fits"), "DARK", 3600, (c, x, y) -> 36));
        }
        MasterResult dark = reducer.master(new MasterRequest("UVES", "MASTER_DARK_BLUE", darks,
                Map.of("MASTER_BIAS_BLUE", bias), dir.resolve("md.fits")));
        assertEquals(36, dark.qc().get("QC.DARK.MED"), 1);
        assertEquals(0.01, dark.qc().get("QC.DARK.CURRENT"), 0.0005);
    }

    @Test
    void twilightFlatIsNormalisedAndKeepsChipGains() throws Exception {
        SyntheticHawki hawki = new SyntheticHawki(13);
        double[] dark = {50, 55, 60, 65};
        double[] ron = {8, 8, 8, 8};
        List<Path> darks = new ArrayList<>();
        List<Path> flats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            darks.add(hawki.write(dir.resolve("dark" + i + ".fits"), SyntheticHawki.header("DARK", 2, 1, "J"), dark, ron, null));
        }
        for (int i = 0; i < 5; i++) {
            double level = 8000 + 1000 * i;
            flats.add(hawki.write(dir.resolve("flat" + i + ".fits"), SyntheticHawki.header("FLAT", 2, 1, "J"), dark, ron, (x, y) -> level));
        }
        Path masterDark = reducer.master(new MasterRequest("HAWKI", "MASTER_DARK", darks, Map.of(), dir.resolve("md.fits"))).file();
        MasterResult flat = reducer.master(new MasterRequest("HAWKI", "MASTER_TWILIGHT_FLAT", flats,
                Map.of("MASTER_DARK", masterDark), dir.resolve("mf.fits")));

        List<HduImage> hdus = FitsImages.read(flat.file());
        assertEquals(4, hdus.size());
        double m1 = Stats.median(hdus.get(0).image().data());
        double m3 = Stats.median(hdus.get(2).image().data());
        assertEquals(1.1 / 0.9, m3 / m1, 0.02);
        assertEquals(SyntheticHawki.response(1, 7, 9) / SyntheticHawki.response(1, 30, 40),
                hdus.get(1).image().get(7, 9) / hdus.get(1).image().get(30, 40), 0.03);
        assertTrue(flat.qc().get("QC.FLAT.MEDMEAN") > 8000);
        assertThrows(ReductionException.class, () -> reducer.master(new MasterRequest("HAWKI", "MASTER_TWILIGHT_FLAT",
                flats, Map.of(), dir.resolve("x.fits"))), "the twilight flat needs the master dark");
    }

    @Test
    void unknownProductsAndMismatchedRawsAreRefused() throws Exception {
        SyntheticUves blue = new SyntheticUves(false, 180, 3, 14);
        SyntheticUves red = new SyntheticUves(true, 180, 3, 15);
        List<Path> mixed = List.of(blue.write(dir.resolve("b.fits"), "BIAS", 0, (c, x, y) -> 0),
                red.write(dir.resolve("r.fits"), "BIAS", 0, (c, x, y) -> 0));
        assertThrows(ReductionException.class, () -> reducer.master(new MasterRequest("UVES", "MASTER_BIAS_BLUE", mixed, Map.of(), dir.resolve("m.fits"))));
        assertThrows(ReductionException.class, () -> reducer.master(new MasterRequest("UVES", "ORDER_TABLE", mixed.subList(0, 1), Map.of(), dir.resolve("m.fits"))));
    }
}
