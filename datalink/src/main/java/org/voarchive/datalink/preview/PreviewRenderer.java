package org.voarchive.datalink.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import nom.tam.util.ArrayFuncs;

/**
 * Renders the preview of a Phase 3 product from its FITS file: a spectrum plot from the WAVE and FLUX
 * arrays of a {@code SPECTRUM} binary table, otherwise a stretch of the first two-dimensional image.
 * Stateless and thread safe.
 */
public final class PreviewRenderer {

    /**
     * @throws IOException when the file cannot be read or holds neither a spectrum nor an image
     */
    public BufferedImage render(Path fits) throws IOException {
        try (Fits f = new Fits(fits.toFile())) {
            BasicHDU<?>[] hdus = f.read();
            String title = title(hdus, fits);
            for (BasicHDU<?> hdu : hdus) {
                if (hdu instanceof BinaryTableHDU table && "SPECTRUM".equals(hdu.getHeader().getStringValue("EXTNAME"))) {
                    return spectrum(table, title);
                }
            }
            for (BasicHDU<?> hdu : hdus) {
                if (hdu instanceof ImageHDU image && image.getAxes() != null && image.getAxes().length == 2) {
                    return ImageStretch.draw((float[][]) ArrayFuncs.convertArray(image.getKernel(), float.class));
                }
            }
            throw new IOException(fits.getFileName() + " holds neither a SPECTRUM table nor a 2-D image");
        } catch (FitsException | ClassCastException e) {
            throw new IOException(fits.getFileName() + " cannot be read as FITS: " + e.getMessage(), e);
        }
    }

    private static BufferedImage spectrum(BinaryTableHDU table, String title) throws FitsException, IOException {
        int wave = table.findColumn("WAVE");
        int flux = table.findColumn("FLUX");
        if (wave < 0 || flux < 0 || table.getNRows() < 1) {
            throw new IOException("the SPECTRUM table has no WAVE and FLUX arrays");
        }
        return SpectrumPlot.draw(doubles(table.getElement(0, wave)), doubles(table.getElement(0, flux)), title,
                unit(table, wave), unit(table, flux));
    }

    private static double[] doubles(Object array) {
        return (double[]) ArrayFuncs.convertArray(array, double.class);
    }

    private static String unit(BinaryTableHDU table, int column) {
        String unit = table.getHeader().getStringValue("TUNIT" + (column + 1));
        return unit == null || unit.isBlank() ? "-" : unit.trim();
    }

    private static String title(BasicHDU<?>[] hdus, Path fits) {
        String object = hdus.length > 0 ? hdus[0].getHeader().getStringValue("OBJECT") : null;
        String name = fits.getFileName().toString();
        return object == null || object.isBlank() ? name : object.trim() + "  (" + name + ")";
    }
}
