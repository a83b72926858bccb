package org.voarchive.datalink.soda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageData;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;

/**
 * FITS files shaped like the archive's products, written for the tests: a Phase 3 image with a rotated
 * TAN WCS (each pixel's value encodes its position, value = x + 1000 y, 1-based), a Phase 3 spectrum
 * and a small cube with a WAVE axis in nm (value = x + 1000 y + 1000000 z).
 */
final class SyntheticProducts {

    static final String IMAGE_ARCFILE = "ADP.2024-03-12T01:00:00.000.fits";
    static final String SPECTRUM_ARCFILE = "ADP.2024-03-12T02:00:00.000.fits";
    static final String CUBE_ARCFILE = "ADP.2024-03-12T03:00:00.000.fits";
    static final int WIDTH = 200;
    static final int HEIGHT = 150;
    static final double RA0 = 150.0;
    static final double DEC0 = 2.0;
    /** Degrees per pixel: 0.36 arcsec. */
    static final double SCALE = 1e-4;
    /** The spectrum's bins: 400 nm to 700 nm in steps of 0.5 nm. */
    static final int BINS = 601;

    private SyntheticProducts() {
    }

    static Path image(Path dir) throws IOException, FitsException {
        float[][] pixels = new float[HEIGHT][WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                pixels[y][x] = (x + 1) + 1000f * (y + 1);
            }
        }
        ImageHDU hdu = (ImageHDU) ImageData.from(pixels).toHDU();
        Header h = hdu.getHeader();
        common(h, IMAGE_ARCFILE, "SCIENCE.IMAGE");
        celestial(h);
        h.addValue("FILTER", "Ks", "Filter");
        return write(dir.resolve(IMAGE_ARCFILE), hdu);
    }

    static Path cube(Path dir) throws IOException, FitsException {
        float[][][] pixels = new float[10][40][30];
        for (int z = 0; z < 10; z++) {
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 30; x++) {
                    pixels[z][y][x] = (x + 1) + 1000f * (y + 1) + 1_000_000f * (z + 1);
                }
            }
        }
        ImageHDU hdu = (ImageHDU) ImageData.from(pixels).toHDU();
        Header h = hdu.getHeader();
        common(h, CUBE_ARCFILE, "SCIENCE.CUBE");
        h.addValue("CTYPE1", "RA---TAN", "");
        h.addValue("CTYPE2", "DEC--TAN", "");
        h.addValue("CTYPE3", "WAVE", "");
        h.addValue("CRVAL1", RA0, "");
        h.addValue("CRVAL2", DEC0, "");
        h.addValue("CRVAL3", 500.0, "[nm]");
        h.addValue("CRPIX1", 15.5, "");
        h.addValue("CRPIX2", 20.5, "");
        h.addValue("CRPIX3", 1.0, "");
        h.addValue("CUNIT1", "deg", "");
        h.addValue("CUNIT2", "deg", "");
        h.addValue("CUNIT3", "nm", "");
        h.addValue("CD1_1", -SCALE, "");
        h.addValue("CD1_2", 0.0, "");
        h.addValue("CD2_1", 0.0, "");
        h.addValue("CD2_2", SCALE, "");
        h.addValue("CD3_3", 1.25, "[nm] per plane");
        return write(dir.resolve(CUBE_ARCFILE), hdu);
    }

    static Path spectrum(Path dir) throws IOException, FitsException {
        double[] wave = new double[BINS];
        double[] flux = new double[BINS];
        double[] err = new double[BINS];
        int[] qual = new int[BINS];
        for (int i = 0; i < BINS; i++) {
            wave[i] = 400.0 + 0.5 * i;
            flux[i] = 100 + i;
            err[i] = 1 + i / 1000.0;
            qual[i] = i % 7 == 0 ? 1 : 0;
        }
        NullDataHDU primary = new NullDataHDU();
        Header ph = primary.getHeader();
        common(ph, SPECTRUM_ARCFILE, "SCIENCE.SPECTRUM");
        ph.addValue("WAVELMIN", 400.0, "[nm] Minimum wavelength");
        ph.addValue("WAVELMAX", 700.0, "[nm] Maximum wavelength");
        ph.addValue("SPEC_BIN", 0.5, "[nm] Mean wavelength bin");
        BinaryTable table = new BinaryTable();
        table.addColumn(new double[][] {wave});
        table.addColumn(new double[][] {flux});
        table.addColumn(new double[][] {err});
        table.addColumn(new int[][] {qual});
        BinaryTableHDU extension = table.toHDU();
        Header eh = extension.getHeader();
        eh.addValue("EXTNAME", "SPECTRUM", "Extension name");
        eh.addValue("RA", RA0, "[deg] Target position (FK5)");
        eh.addValue("DEC", DEC0, "[deg] Target position (FK5)");
        eh.addValue("SPEC_VAL", 550.0, "[nm] Mean wavelength");
        eh.addValue("SPEC_BW", 300.0, "[nm] Bandwidth");
        eh.addValue("NELEM", BINS, "Number of bins in each array");
        eh.addValue("TDMIN1", 400.0, "[nm] Start of the spectral coordinate");
        eh.addValue("TDMAX1", 700.0, "[nm] End of the spectral coordinate");
        String[] names = {"WAVE", "FLUX", "ERR", "QUAL"};
        for (int i = 0; i < names.length; i++) {
            eh.addValue("TTYPE" + (i + 1), names[i], "Column name");
        }
        eh.addValue("TUNIT1", "nm", "Column unit");
        return write(dir.resolve(SPECTRUM_ARCFILE), primary, extension);
    }

    private static void common(Header h, String arcfile, String prodcatg) {
        h.addValue("PRODCATG", prodcatg, "Data product category");
        h.addValue("RA", RA0, "[deg] Target or field centre (FK5)");
        h.addValue("DEC", DEC0, "[deg] Target or field centre (FK5)");
        h.addValue("MJD-OBS", 60381.05, "[d] Start of observations");
        h.addValue("MJD-END", 60381.06, "[d] End of observations");
        h.addValue("ARCFILE", arcfile, "Archive file name");
        h.insertHistory("written by the SODA tests");
    }

    /** A TAN WCS rotated by 30 degrees, north 30 degrees from +y towards -x, east to the left. */
    private static void celestial(Header h) {
        double t = Math.toRadians(30);
        h.addValue("CTYPE1", "RA---TAN", "Gnomonic projection");
        h.addValue("CTYPE2", "DEC--TAN", "Gnomonic projection");
        h.addValue("CRVAL1", RA0, "[deg] RA at the reference pixel");
        h.addValue("CRVAL2", DEC0, "[deg] DEC at the reference pixel");
        h.addValue("CRPIX1", 100.5, "Reference pixel along x");
        h.addValue("CRPIX2", 75.5, "Reference pixel along y");
        h.addValue("CUNIT1", "deg", "");
        h.addValue("CUNIT2", "deg", "");
        h.addValue("CD1_1", -SCALE * Math.cos(t), "[deg/px]");
        h.addValue("CD1_2", SCALE * Math.sin(t), "[deg/px]");
        h.addValue("CD2_1", SCALE * Math.sin(t), "[deg/px]");
        h.addValue("CD2_2", SCALE * Math.cos(t), "[deg/px]");
    }

    private static Path write(Path file, BasicHDU<?>... hdus) throws IOException, FitsException {
        try (Fits fits = new Fits()) {
            for (BasicHDU<?> hdu : hdus) {
                fits.addHDU(hdu);
            }
            fits.setChecksum();
            fits.write(file.toFile());
        }
        return file;
    }

    /** The HDUs of a file, read as the service reads stored products (data left in the file). */
    static BasicHDU<?>[] open(Path file) throws IOException, FitsException {
        Fits fits = new Fits(file.toFile());
        return fits.read();
    }

    /** A cutout written out and read back, with every HDU's checksum verified. */
    static Fits writtenAndVerified(Cutout cutout) throws IOException, FitsException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cutout.write(bytes);
        Fits fits = new Fits(new ByteArrayInputStream(bytes.toByteArray()));
        fits.read();
        fits.verifyIntegrity();
        return fits;
    }
}
