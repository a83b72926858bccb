package org.voarchive.ingest.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.pixels.SyntheticHawki;

class ImagingReductionTest {

    @TempDir
    Path dir;

    private final Reducer reducer = new JavaReducer();
    private final SyntheticHawki hawki = new SyntheticHawki(31);
    private final double[] dark = {50, 55, 60, 65};
    private final double[] ron = {8, 8, 8, 8};

    private Map<String, Path> masters(double dit) throws Exception {
        List<Path> darks = new ArrayList<>();
        List<Path> flats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            darks.add(hawki.write(dir.resolve("dark" + i + ".fits"), SyntheticHawki.header("DARK", dit, 6, "Ks"), dark, ron, null));
        }
        for (int i = 0; i < 5; i++) {
            double level = 9000 + 500 * i;
            flats.add(hawki.write(dir.resolve("flat" + i + ".fits"), SyntheticHawki.header("FLAT", dit, 6, "Ks"), dark, ron, (x, y) -> level));
        }
        Path masterDark = reducer.master(new MasterRequest("HAWKI", "MASTER_DARK", darks, Map.of(), dir.resolve("md.fits"))).file();
        Path masterFlat = reducer.master(new MasterRequest("HAWKI", "MASTER_TWILIGHT_FLAT", flats,
                Map.of("MASTER_DARK", masterDark), dir.resolve("mf.fits"))).file();
        return Map.of("MASTER_DARK", masterDark, "MASTER_TWILIGHT_FLAT", masterFlat);
    }

    @Test
    void mosaicsTheChipsAndRecoversThePsf() throws Exception {
        double fwhmArcsec = 0.6;
        double fwhmPx = fwhmArcsec / SyntheticHawki.SCALE_ARCSEC;
        double[][] stars = {{20.3, 22.6, 3000}, {75.1, 18.4, 2500}, {24.7, 76.2, 4000}, {78.4, 80.9, 3500}};
        Path raw = hawki.write(dir.resolve("obj.fits"), SyntheticHawki.header("OBJECT", 10, 6, "Ks"), dark, ron,
                SyntheticHawki.stars(500, fwhmPx, stars));

        ScienceResult result = reducer.science(new ScienceRequest("HAWKI", "OBJECT", raw, masters(10), dir));

        assertTrue(!result.isSpectrum());
        ReducedImage image = result.image();
        assertEquals(2 * SyntheticHawki.SIZE + SyntheticHawki.GAP, image.width());
        assertEquals(2 * SyntheticHawki.SIZE + SyntheticHawki.GAP, image.height());
        assertEquals(50.5, image.crpix1(), 1e-9);
        assertEquals(50.5, image.crpix2(), 1e-9);
        assertEquals(SyntheticHawki.RA, image.crval1(), 1e-9);
        assertEquals(SyntheticHawki.SCALE_ARCSEC / 3600, image.pixelScaleDeg(), 1e-12);
        assertEquals(fwhmArcsec, image.psfFwhmArcsec(), 0.15 * fwhmArcsec);
        assertEquals(25.7, image.photZp(), 0);
        assertTrue(image.abMagLim() > 20 && image.abMagLim() < 28, "limit " + image.abMagLim());
        assertTrue(Float.isNaN(image.data()[50 * image.width() + 50]), "the gap between chips holds no data");
        float starPixel = image.data()[Math.round(81) * image.width() + 78];
        assertEquals(3500.0 / 60, starPixel, 0.1 * 3500 / 60, "ADU/s after sky, dark and flat");
    }

    @Test
    void aDarkOfAnotherDitIsRefused() throws Exception {
        Path raw = hawki.write(dir.resolve("obj.fits"), SyntheticHawki.header("OBJECT", 10, 6, "Ks"), dark, ron,
                SyntheticHawki.stars(500, 5, new double[][] {{20, 20, 3000}}));
        ReductionException e = assertThrows(ReductionException.class, () ->
                reducer.science(new ScienceRequest("HAWKI", "OBJECT", raw, masters(20), dir)));
        assertTrue(e.getMessage().contains("DIT"), e.getMessage());
    }
}
