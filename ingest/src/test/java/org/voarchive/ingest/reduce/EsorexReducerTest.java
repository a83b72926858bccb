package org.voarchive.ingest.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.pixels.FitsHeaders;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.SyntheticHawki;
import org.voarchive.ingest.pixels.SyntheticUves;

class EsorexReducerTest {

    private static final EsorexReducer ESOREX = new EsorexReducer();

    @TempDir
    Path dir;

    @BeforeAll
    static void requireEsorex() {
        assumeTrue(ESOREX.available(), "skipped: esorex with cpl-plugin-uves and cpl-plugin-hawki is not installed at "
                + EsorexReducer.DEFAULT_EXECUTABLE + " (apt-get install esorex cpl-plugin-uves cpl-plugin-hawki)");
    }

    private List<Path> biases(SyntheticUves uves, int n) throws IOException {
        List<Path> raws = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            raws.add(uves.write(dir.resolve("bias" + i + ".fits"), "BIAS", 0, (c, x, y) -> x == 5 ? 40 : 0));
        }
        return raws;
    }

    @Test
    void blueMasterBiasCarriesTheRecipesReadNoise() throws Exception {
        SyntheticUves uves = new SyntheticUves(false, 180, 3, 41, 128);
        List<Path> raws = biases(uves, 5);
        MasterResult result = ESOREX.master(new MasterRequest("UVES", "MASTER_BIAS_BLUE", raws, Map.of(), dir.resolve("mb.fits")));

        assertEquals("esorex/uves_cal_mbias", result.recipe());
        assertEquals(3, result.qc().get("QC.RON.RAW"), 0.3);
        assertEquals(3 / Math.sqrt(5), result.qc().get("QC.RON.MASTER"), 0.4 * 3 / Math.sqrt(5));
        assertEquals(180, result.qc().get("QC.BIAS.LEVEL"), 1);
        assertEquals("MASTER_BIAS_BLUE", FitsHeaders.read(result.file()).value("PRO.CATG").orElseThrow());
        HduImage master = FitsImages.read(result.file()).get(0);
        assertEquals(HduImage.PRIMARY, master.name());
        assertEquals(SyntheticUves.PRESCAN + SyntheticUves.WIDTH + SyntheticUves.OVERSCAN, master.image().width());
        assertEquals(220, master.image().get(SyntheticUves.PRESCAN + 5, 70), 3, "the bright column is back in its raw place");
        assertEquals(180, master.image().get(SyntheticUves.PRESCAN + 6, 70), 3);
    }

    @Test
    void redMasterBiasJoinsTheTwoChipProducts() throws Exception {
        SyntheticUves uves = new SyntheticUves(true, 190, 2.5, 42, 128);
        MasterResult result = ESOREX.master(new MasterRequest("UVES", "MASTER_BIAS_RED", biases(uves, 3), Map.of(), dir.resolve("mbr.fits")));
        List<HduImage> hdus = FitsImages.read(result.file());
        assertEquals(List.of("REDL", "REDU"), hdus.stream().map(HduImage::name).toList());
        assertEquals("MASTER_BIAS_RED", FitsHeaders.read(result.file()).value("PRO.CATG").orElseThrow());
        assertEquals(2.5, result.qc().get("QC.RON.RAW"), 0.3);
        assertEquals(230, hdus.get(1).image().get(SyntheticUves.PRESCAN + 5, 100), 3);
    }

    @Test
    void hawkiMasterDarkRunsHawkiDarkCombine() throws Exception {
        SyntheticHawki hawki = new SyntheticHawki(43);
        List<Path> darks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            darks.add(hawki.write(dir.resolve("dark" + i + ".fits"), SyntheticHawki.header("DARK", 10, 6, "Ks"),
                    new double[] {50, 50, 50, 50}, new double[] {8, 8, 8, 8}, null));
        }
        MasterResult result = ESOREX.master(new MasterRequest("HAWKI", "MASTER_DARK", darks, Map.of(), dir.resolve("md.fits")));
        assertEquals("esorex/hawki_dark_combine", result.recipe());
        assertEquals(50, result.qc().get("QC.DARK.MED"), 1);
        assertEquals(4, FitsImages.read(result.file()).size());
    }

    @Test
    void otherProductsGoToTheJavaReducerAndFailuresCarryTheLog() throws Exception {
        SyntheticUves small = new SyntheticUves(false, 180, 3, 44);
        List<Path> raws = biases(small, 3);
        List<Path> darks = List.of(small.write(dir.resolve("dark.fits"), "DARK", 3600, (c, x, y) -> 36));
        MasterResult dark = ESOREX.master(new MasterRequest("UVES", "MASTER_DARK_BLUE", darks, Map.of(), dir.resolve("md.fits")));
        assertTrue(dark.recipe().startsWith("java/"), dark.recipe());
        ReductionException e = assertThrows(ReductionException.class, () ->
                ESOREX.master(new MasterRequest("UVES", "MASTER_BIAS_BLUE", raws, Map.of(), dir.resolve("mb.fits"))));
        assertTrue(e.getMessage().contains("uves_cal_mbias"), e.getMessage());
        assertTrue(e.getMessage().contains("ERROR"), "the log tail is part of the message: " + e.getMessage());
    }
}
