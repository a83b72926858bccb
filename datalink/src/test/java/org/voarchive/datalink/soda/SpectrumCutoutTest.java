package org.voarchive.datalink.soda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.datalink.soda.SyntheticProducts.BINS;
import static org.voarchive.datalink.soda.SyntheticProducts.SPECTRUM_ARCFILE;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumCutoutTest {

    @TempDir
    static Path dir;
    static Path spectrum;

    @BeforeAll
    static void write() throws Exception {
        spectrum = SyntheticProducts.spectrum(dir);
    }

    private static Fits cut(Interval band) throws Exception {
        BasicHDU<?>[] hdus = SyntheticProducts.open(spectrum);
        BasicHDU<?>[] cut = SpectrumCutout.cut(hdus[0], (BinaryTableHDU) hdus[1], band, SPECTRUM_ARCFILE);
        return SyntheticProducts.writtenAndVerified(new Cutout("x_cutout.fits", List.of(cut)));
    }

    @Test
    void aBandKeepsTheBinsInsideAndTheKeywordsSaySo() throws Exception {
        // H-alpha, 650 to 660 nm (bins are every 0.5 nm from 400 nm)
        Fits fits = cut(new Interval(650.2e-9, 660.2e-9));
        BinaryTableHDU table = (BinaryTableHDU) fits.getHDU(1);
        BinaryTable data = table.getData();
        double[] wave = (double[]) data.getElement(0, 0);
        assertEquals(20, wave.length);
        assertEquals(650.5, wave[0], 0);
        assertEquals(660.0, wave[wave.length - 1], 0);
        double[] flux = (double[]) data.getElement(0, 1);
        int[] qual = (int[]) data.getElement(0, 3);
        assertEquals(100 + 501, flux[0], 0);
        assertEquals(20, qual.length);
        assertEquals((501 % 7 == 0) ? 1 : 0, qual[0]);
        Header eh = table.getHeader();
        assertEquals(20, eh.getIntValue("NELEM"));
        assertEquals("20D", eh.getStringValue("TFORM1"));
        assertEquals("20J", eh.getStringValue("TFORM4"));
        assertEquals(650.5, eh.getDoubleValue("TDMIN1"), 0);
        assertEquals(660.0, eh.getDoubleValue("TDMAX1"), 0);
        assertEquals(655.25, eh.getDoubleValue("SPEC_VAL"), 1e-9);
        assertEquals(9.5, eh.getDoubleValue("SPEC_BW"), 1e-9);
        assertEquals("SPECTRUM", eh.getStringValue("EXTNAME"));
        assertEquals("WAVE", eh.getStringValue("TTYPE1"));
        assertEquals("nm", eh.getStringValue("TUNIT1"));
        Header ph = fits.getHDU(0).getHeader();
        assertEquals(650.5, ph.getDoubleValue("WAVELMIN"), 1e-9);
        assertEquals(660.0, ph.getDoubleValue("WAVELMAX"), 1e-9);
        assertEquals(SPECTRUM_ARCFILE, ph.getStringValue("ARCFILE"));
        assertTrue(Arrays.stream(ph.findCards("HISTORY"))
                .anyMatch(c -> c.getComment().startsWith("SODA cutout of " + SPECTRUM_ARCFILE)));
    }

    @Test
    void openBandsAndTheWholeRange() throws Exception {
        Fits below = cut(new Interval(Double.NEGATIVE_INFINITY, 410e-9));
        assertEquals(21, ((BinaryTableHDU) below.getHDU(1)).getHeader().getIntValue("NELEM"));
        Fits all = cut(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(BINS, ((double[]) ((BinaryTableHDU) all.getHDU(1)).getData().getElement(0, 0)).length);
    }

    @Test
    void aBandNarrowerThanABinKeepsTheNearestBin() throws Exception {
        Fits one = cut(new Interval(500.2e-9, 500.2e-9));
        double[] wave = (double[]) ((BinaryTableHDU) one.getHDU(1)).getData().getElement(0, 0);
        assertEquals(1, wave.length);
        assertEquals(500.0, wave[0], 0);
    }

    @Test
    void aBandOutsideTheSpectrumOverlapsNothing() {
        assertEquals(SodaFault.NO_OVERLAP, assertThrows(SodaException.class,
                () -> cut(new Interval(800e-9, 900e-9))).fault());
        assertEquals(SodaFault.NO_OVERLAP, assertThrows(SodaException.class,
                () -> cut(new Interval(Double.NEGATIVE_INFINITY, 399e-9))).fault());
    }
}
