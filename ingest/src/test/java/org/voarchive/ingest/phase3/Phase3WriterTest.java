package org.voarchive.ingest.phase3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.ingest.reduce.ReducedSpectrum;

class Phase3WriterTest {

    @TempDir
    Path dir;

    private final Phase3Writer writer = new Phase3Writer();

    @Test
    void spectrumHasAnEmptyPrimaryAndOneRowOfArrays() throws Exception {
        ReducedSpectrum s = Products.echelleSpectrum();
        s.flux()[5] = Double.NaN;
        Path out = dir.resolve(Products.SPECTRUM_ARCFILE);
        writer.writeSpectrum(Products.spectrumMetadata().build(), s, out);

        BasicHDU<?>[] hdus = Products.read(out);
        assertEquals(2, hdus.length);
        Header p = hdus[0].getHeader();
        assertEquals(0, p.getIntValue("NAXIS"));
        assertEquals("SCIENCE.SPECTRUM", p.getStringValue("PRODCATG"));
        assertEquals("ESO", p.getStringValue("ORIGIN"));
        assertEquals("UVES.2024-03-12T03:13:15.744.fits", p.getStringValue("PROV1"));
        assertEquals("UVES.2024-03-12T03:45:01.001.fits", p.getStringValue("PROV2"));
        assertFalse(p.containsKey("PROV0") || p.containsKey("OBID0") || p.containsKey("PROV3"));
        assertEquals(3240987L, p.getLongValue("OBID1"));
        assertEquals(3240988L, p.getLongValue("OBID2"));
        assertEquals("ANCILLARY.PREVIEW", p.getStringValue("ASSOC1"));
        assertEquals("ADP.2024-03-12T03:45:01.125.fits", p.getStringValue("ASSON2"));
        assertFalse(p.containsKey("ASSOM1") || p.containsKey("ASSOC2"));
        assertEquals(-1.0, p.getDoubleValue("FLUXERR"));
        assertEquals("UNCALIBRATED", p.getStringValue("FLUXCAL"));
        assertEquals(31.6, p.getDoubleValue("SNR"));
        assertEquals("TOPOCENT", p.getStringValue("SPECSYS"));
        assertEquals(Products.SPECTRUM_ARCFILE, p.getStringValue("ARCFILE"));
        assertEquals("IDP", p.getStringValue("P3ORIG"));
        assertFalse(p.containsKey("BUNIT"));

        BinaryTableHDU ext = (BinaryTableHDU) hdus[1];
        Header e = ext.getHeader();
        assertEquals("SPECTRUM", e.getStringValue("EXTNAME"));
        assertEquals(1, e.getIntValue("NAXIS2"));
        assertEquals("SPECTRUM V2.0", e.getStringValue("VOCLASS"));
        assertEquals("HD 12345", e.getStringValue("OBJECT"));
        assertEquals(40.1234, e.getDoubleValue("RA"));
        assertEquals(s.waveNm().length, e.getIntValue("NELEM"));
        assertEquals(3700.0, e.getDoubleValue("TELAPSE"), 1e-3);
        String[] names = {"WAVE", "FLUX", "ERR", "QUAL"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], e.getStringValue("TTYPE" + (i + 1)));
        }
        assertEquals("adu", e.getStringValue("TUNIT2"));
        assertEquals("adu", e.getStringValue("TUNIT3"));
        assertEquals("phot.count", e.getStringValue("TUCD2"));
        assertEquals("stat.error;phot.count", e.getStringValue("TUCD3"));
        assertEquals("spec:Data.FluxAxis.Accuracy.QualityStatus", e.getStringValue("TUTYP4"));
        assertEquals("meta.code.qual", e.getStringValue("TUCD4"));

        BinaryTable table = ext.getData();
        assertArrayEquals(s.waveNm(), (double[]) table.getElement(0, 0));
        assertArrayEquals(s.error(), (double[]) table.getElement(0, 2));
        int[] qual = (int[]) table.getElement(0, 3);
        assertEquals(1, qual[5]);
        assertEquals(0, qual[4] + qual[6]);
        for (BasicHDU<?> hdu : hdus) {
            assertTrue(hdu.getHeader().containsKey("CHECKSUM") && hdu.getHeader().containsKey("DATASUM"));
        }
        // Readers without the long-string convention must see whole values: no CONTINUE cards.
        assertFalse(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1).contains("CONTINUE"));
    }

    @Test
    void echelleWavelengthsAreWrittenInNanometres() throws Exception {
        ReducedSpectrum s = Products.echelleSpectrum();
        Path out = dir.resolve("echelle.fits");
        writer.writeSpectrum(Products.spectrumMetadata().build(), s, out);

        BasicHDU<?>[] hdus = Products.read(out);
        Header p = hdus[0].getHeader();
        Header e = hdus[1].getHeader();
        double first = s.waveNm()[0];
        double last = s.waveNm()[s.waveNm().length - 1];
        assertTrue(first > 500 && last < 700, "UVES 580 nm setting in nm: " + first + ".." + last);
        assertEquals("WAVE", e.getStringValue("TTYPE1"));
        assertEquals("nm", e.getStringValue("TUNIT1"));
        assertEquals("em.wl", e.getStringValue("TUCD1"));
        assertEquals(first, p.getDoubleValue("WAVELMIN"));
        assertEquals(last, p.getDoubleValue("WAVELMAX"));
        assertEquals(first, e.getDoubleValue("TDMIN1"));
        assertEquals(last, e.getDoubleValue("TDMAX1"));
        assertEquals((first + last) / 2, e.getDoubleValue("SPEC_VAL"), 1e-9);
        assertEquals(last - first, e.getDoubleValue("SPEC_BW"), 1e-9);
        double[] wave = (double[]) ((BinaryTableHDU) hdus[1]).getData().getElement(0, 0);
        assertEquals(first, wave[0]);
        assertEquals(last, wave[wave.length - 1]);
    }

    @Test
    void calibratedSpectrumCarriesFluxDensityUnitsAndItsError() throws Exception {
        Path out = dir.resolve("calibrated.fits");
        writer.writeSpectrum(Products.spectrumMetadata().fluxcal(FluxCalibration.ABSOLUTE).fluxErr(8.5).build(),
                Products.echelleSpectrum(), out);

        BasicHDU<?>[] hdus = Products.read(out);
        assertEquals(8.5, hdus[0].getHeader().getDoubleValue("FLUXERR"));
        Header e = hdus[1].getHeader();
        assertEquals("erg cm**(-2) s**(-1) angstrom**(-1)", e.getStringValue("TUNIT2"));
        assertEquals("phot.flux.density;em.wl", e.getStringValue("TUCD2"));
        assertEquals("stat.error;phot.flux.density;em.wl", e.getStringValue("TUCD3"));
    }

    @Test
    void imageHasFloatPixelsACdMatrixAndItsQualityFigures() throws Exception {
        Path out = dir.resolve(Products.IMAGE_ARCFILE);
        var image = Products.image();
        writer.writeImage(Products.imageMetadata().build(), image, out);

        BasicHDU<?>[] hdus = Products.read(out);
        assertEquals(1, hdus.length);
        Header h = hdus[0].getHeader();
        assertEquals(-32, h.getIntValue("BITPIX"));
        assertEquals(24, h.getIntValue("NAXIS1"));
        assertEquals(16, h.getIntValue("NAXIS2"));
        assertEquals("SCIENCE.IMAGE", h.getStringValue("PRODCATG"));
        assertEquals("RA---TAN", h.getStringValue("CTYPE1"));
        assertEquals("DEC--TAN", h.getStringValue("CTYPE2"));
        assertEquals("deg", h.getStringValue("CUNIT1"));
        assertEquals(-0.106 / 3600, h.getDoubleValue("CD1_1"), 1e-15);
        assertEquals(0.106 / 3600, h.getDoubleValue("CD2_2"), 1e-15);
        assertEquals(0.0, h.getDoubleValue("CD1_2"));
        assertFalse(h.containsKey("CDELT1") || h.containsKey("CDELT2"));
        assertEquals(12.5, h.getDoubleValue("CRPIX1"));
        assertEquals("AB", h.getStringValue("PHOTSYS"));
        assertEquals(25.7, h.getDoubleValue("PHOTZP"));
        assertEquals(23.4, h.getDoubleValue("ABMAGLIM"));
        assertEquals(0.71, h.getDoubleValue("PSF_FWHM"));
        assertEquals(0.06, h.getDoubleValue("ELLIPTIC"));
        assertEquals(14.2, h.getDoubleValue("ABMAGSAT"));
        assertEquals("Ks", h.getStringValue("FILTER"));
        assertEquals(2e-5, h.getDoubleValue("CRDER2"));
        assertEquals(15, h.getIntValue("NJITTER"));
        assertEquals(3.0, h.getDoubleValue("FLUXERR"));

        float[][] pixels = (float[][]) ((ImageHDU) hdus[0]).getKernel();
        assertEquals(image.data()[3 * 24 + 5], pixels[3][5]);
        assertEquals(image.data()[15 * 24 + 23], pixels[15][23]);
    }

    @Test
    void refusesMetadataThatCannotMakeAValidProduct() {
        var ellipticityMissing = assertThrows(IllegalArgumentException.class, () -> ProductMetadata
                .builder(ProductCategory.IMAGE).arcfile("x.fits").origfile("x").telescop("t").instrume("i")
                .object("o").position(1, 2).exptime(1).texptime(1).mjd(1, 2).progId("p").obids(List.of(1L))
                .obstech("IMAGE").fluxcal(FluxCalibration.ABSOLUTE).fluxErr(2).procsoft("s").title("t")
                .prov(List.of("r.fits")).filter("J").abMagSat(12).build());
        assertTrue(ellipticityMissing.getMessage().contains("ELLIPTIC"), ellipticityMissing.getMessage());
        var fluxErr = assertThrows(IllegalArgumentException.class,
                () -> Products.spectrumMetadata().fluxErr(5).build());
        assertTrue(fluxErr.getMessage().contains("FLUXERR"), fluxErr.getMessage());
        var noProv = assertThrows(IllegalArgumentException.class,
                () -> Products.spectrumMetadata().prov(List.of()).build());
        assertTrue(noProv.getMessage().contains("PROV"), noProv.getMessage());
    }

    @Test
    void refusesAMalformedSpectrumOrTheWrongCategory() throws Exception {
        ReducedSpectrum s = Products.echelleSpectrum();
        s.waveNm()[10] = s.waveNm()[9];
        Path out = dir.resolve("bad.fits");
        var unordered = assertThrows(IllegalArgumentException.class,
                () -> writer.writeSpectrum(Products.spectrumMetadata().build(), s, out));
        assertTrue(unordered.getMessage().contains("bin 10"), unordered.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeImage(Products.spectrumMetadata().build(), Products.image(), out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing, not even a temporary file, is left behind");
        }
    }
}
