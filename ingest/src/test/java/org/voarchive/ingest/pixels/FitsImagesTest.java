package org.voarchive.ingest.pixels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.frame.Keywords;

class FitsImagesTest {

    @TempDir
    Path dir;

    private static Image ramp(int w, int h, float base) {
        Image image = Image.filled(w, h, 0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.set(x, y, base + x + 10 * y);
            }
        }
        return image;
    }

    @Test
    void readsScaledExtensionsSkippingTheEmptyPrimary() throws IOException {
        Map<String, Object> primary = new LinkedHashMap<>();
        primary.put("INSTRUME", "HAWKI");
        primary.put("EXPTIME", 60.0);
        primary.put("DPR.CATG", "CALIB");
        primary.put("DET.NDIT", 6L);
        primary.put("DET.DIT", "1800.");
        Path file = TestFits.writeRaw(dir.resolve("raw.fits"), primary, List.of(
                new TestFits.Chip("CHIP1.INT1", Map.of("DET.CHIP.NO", 1L), ramp(5, 4, 100)),
                new TestFits.Chip("CHIP2.INT1", Map.of("DET.CHIP.NO", 2L), ramp(5, 4, 40000))));

        List<HduImage> hdus = FitsImages.read(file);

        assertEquals(2, hdus.size());
        assertEquals("CHIP2.INT1", hdus.get(1).name());
        assertEquals(40000 + 4 + 30, hdus.get(1).image().get(4, 3), 0);
        assertEquals(100 + 3, hdus.get(0).image().get(3, 0), 0);
        assertEquals(2L, hdus.get(1).header().value("DET.CHIP.NO").orElseThrow());
        Keywords header = FitsHeaders.read(file);
        assertEquals("CALIB", header.value("DPR.CATG").orElseThrow());
        assertEquals(60.0, header.value("EXPTIME").orElseThrow());
        assertEquals(6L, header.value("DET.NDIT").orElseThrow());
        assertEquals("1800.", header.value("DET.DIT").orElseThrow());
        assertFalse(header.has("DET.CHIP.NO"), "the primary header must not take keywords of the extensions");
    }

    @Test
    void writesFloatImagesInThePrimaryOrInExtensions() throws IOException {
        Keywords primary = Keywords.of(Map.of("PRO.CATG", "MASTER_BIAS_BLUE", "NAXIS1", 99L));
        Path single = dir.resolve("single.fits");
        FitsImages.write(single, primary, List.of(new HduImage(HduImage.PRIMARY, Keywords.of(Map.of()), ramp(3, 2, 0.25f))));
        List<HduImage> back = FitsImages.read(single);
        assertEquals(1, back.size());
        assertEquals(HduImage.PRIMARY, back.get(0).name());
        assertEquals(12.25f, back.get(0).image().get(2, 1), 0);
        assertEquals(3L, back.get(0).header().value("NAXIS1").orElseThrow(), "structural keywords come from the data");
        assertEquals("MASTER_BIAS_BLUE", FitsHeaders.read(single).value("PRO.CATG").orElseThrow());

        Path multi = dir.resolve("multi.fits");
        FitsImages.write(multi, primary, List.of(
                new HduImage("REDL", Keywords.of(Map.of("DET.CHIP.INDEX", 1L)), ramp(3, 2, 0)),
                new HduImage("REDU", Keywords.of(Map.of("DET.CHIP.INDEX", 2L)), ramp(3, 2, 1))));
        List<HduImage> both = FitsImages.read(multi);
        assertEquals(List.of("REDL", "REDU"), both.stream().map(HduImage::name).toList());
        assertEquals(2L, both.get(1).header().value("DET.CHIP.INDEX").orElseThrow());
        assertEquals(-32L, both.get(1).header().value("BITPIX").orElseThrow());
    }

    @Test
    void refusesAFileWithoutImages() throws IOException {
        Path empty = dir.resolve("empty.fits");
        Files.writeString(empty, "not FITS at all");
        assertThrows(IOException.class, () -> FitsImages.read(empty));
    }
}
