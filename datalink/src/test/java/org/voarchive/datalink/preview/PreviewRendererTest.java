package org.voarchive.datalink.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.ImageData;
import nom.tam.fits.NullDataHDU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewRendererTest {

    @TempDir
    Path dir;

    @Test
    void previewsKeepSmallImagesAndShrinkLargeOnesToTheLongerSide() {
        assertArrayEquals(new int[] {300, 200}, ImageStretch.previewSize(300, 200));
        assertArrayEquals(new int[] {1024, 512}, ImageStretch.previewSize(4096, 2048));
        assertArrayEquals(new int[] {256, 1024}, ImageStretch.previewSize(1000, 4000));
    }

    @Test
    void imageIsStretchedWithNorthUp() throws Exception {
        float[][] pixels = new float[40][60];
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                pixels[y][x] = y < 20 ? 10 : 1000;
            }
        }
        Path file = dir.resolve("image.fits");
        try (Fits f = new Fits()) {
            f.addHDU(ImageData.from(pixels).toHDU());
            f.write(file.toFile());
        }
        BufferedImage image = new PreviewRenderer().render(file);
        assertEquals(60, image.getWidth());
        assertEquals(40, image.getHeight());
        // FITS row 0 (faint) is the bottom of the picture
        int bottom = image.getRaster().getSample(5, 39, 0);
        int top = image.getRaster().getSample(5, 0, 0);
        assertEquals(0, bottom);
        assertEquals(255, top);
    }

    @Test
    void spectrumIsPlottedFromItsWaveAndFluxArrays() throws Exception {
        int n = 500;
        double[] wave = new double[n];
        double[] flux = new double[n];
        for (int i = 0; i < n; i++) {
            wave[i] = 400 + i * 0.1;
            flux[i] = 1 + Math.sin(i / 20.0);
        }
        BinaryTable table = new BinaryTable();
        table.addColumn(new double[][] {wave});
        table.addColumn(new double[][] {flux});
        BinaryTableHDU hdu = table.toHDU();
        hdu.getHeader().addValue("EXTNAME", "SPECTRUM", null);
        hdu.getHeader().addValue("TTYPE1", "WAVE", null);
        hdu.getHeader().addValue("TTYPE2", "FLUX", null);
        hdu.getHeader().addValue("TUNIT1", "nm", null);
        Path file = dir.resolve("spectrum.fits");
        try (Fits f = new Fits()) {
            f.addHDU(new NullDataHDU());
            f.addHDU(hdu);
            f.write(file.toFile());
        }
        BufferedImage image = new PreviewRenderer().render(file);
        assertEquals(SpectrumPlot.WIDTH, image.getWidth());
        assertEquals(SpectrumPlot.HEIGHT, image.getHeight());
        int inked = 0;
        for (int x = 80; x < SpectrumPlot.WIDTH - 30; x++) {
            for (int y = 35; y < SpectrumPlot.HEIGHT - 55; y++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        assertNotEquals(0, inked, "the curve is drawn inside the axes");
    }

    @Test
    void aFileWithNeitherIsRefused() throws Exception {
        Path file = dir.resolve("empty.fits");
        try (Fits f = new Fits()) {
            f.addHDU(new NullDataHDU());
            f.write(file.toFile());
        }
        assertThrows(IOException.class, () -> new PreviewRenderer().render(file));
        Path text = Files.writeString(dir.resolve("not.fits"), "hello");
        assertThrows(IOException.class, () -> new PreviewRenderer().render(text));
    }
}
