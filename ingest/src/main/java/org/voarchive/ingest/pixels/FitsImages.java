package org.voarchive.ingest.pixels;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;
import org.voarchive.ingest.frame.Keywords;

/**
 * Reads every image HDU of a FITS file as physical values and writes float images back, keeping a
 * file's layout: data in the primary HDU (UVES blue) or an empty primary followed by named extensions
 * (UVES red REDL/REDU, HAWK-I CHIP1.INT1..CHIP4.INT1).
 */
public final class FitsImages {

    private FitsImages() {
    }

    /**
     * The image HDUs of {@code file} in file order; an empty primary and non-image extensions are
     * skipped. Extensions without EXTNAME are named {@code HDU<n>} (n = HDU index).
     *
     * @throws IOException when the file is not FITS, an image is not two-dimensional, or none is found
     */
    public static List<HduImage> read(Path file) throws IOException {
        List<HduImage> images = new ArrayList<>();
        try (Fits fits = new Fits(file.toFile())) {
            BasicHDU<?>[] hdus = fits.read();
            for (int i = 0; i < hdus.length; i++) {
                if (hdus[i] instanceof ImageHDU hdu && hdu.getAxes() != null && hdu.getAxes().length > 0) {
                    Header header = hdu.getHeader();
                    String name = i == 0 ? HduImage.PRIMARY : header.getStringValue("EXTNAME", "HDU" + i);
                    images.add(new HduImage(name, FitsHeaders.keywords(header), physical(file, name, hdu)));
                }
            }
        } catch (FitsException e) {
            throw new IOException("cannot read the images of " + file + ": " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new IOException(file + " holds no image HDU");
        }
        return images;
    }

    private static Image physical(Path file, String name, ImageHDU hdu) throws IOException {
        int[] axes = hdu.getAxes();
        if (axes.length != 2) {
            throw new IOException("HDU " + name + " of " + file + " has " + axes.length + " axes, not 2");
        }
        int height = axes[0];
        int width = axes[1];
        double zero = hdu.getHeader().getDoubleValue("BZERO", 0);
        double scale = hdu.getHeader().getDoubleValue("BSCALE", 1);
        Object kernel = hdu.getKernel();
        float[] data = new float[width * height];
        for (int y = 0; y < height; y++) {
            physicalRow(Array.get(kernel, y), zero, scale, data, y * width, width);
        }
        return new Image(width, height, data);
    }

    /**
     * One row of stored values as physical values. Typed loops for FITS's pixel types: reading through
     * reflection boxed every pixel and cost more than the QC statistics themselves.
     */
    private static void physicalRow(Object row, double zero, double scale, float[] out, int at, int width) {
        if (row instanceof short[] r) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (float) (zero + scale * r[x]);
            }
        } else if (row instanceof int[] r) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (float) (zero + scale * r[x]);
            }
        } else if (row instanceof float[] r) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (float) (zero + scale * r[x]);
            }
        } else if (row instanceof double[] r) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (float) (zero + scale * r[x]);
            }
        } else if (row instanceof byte[] r) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (float) (zero + scale * (r[x] & 0xff)); // FITS bytes are unsigned
            }
        } else if (row instanceof long[] r) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (float) (zero + scale * r[x]);
            }
        } else {
            throw new IllegalArgumentException("unexpected FITS pixel row " + row.getClass().getSimpleName());
        }
    }

    /**
     * Writes 32-bit float images. When the first HDU is named {@link HduImage#PRIMARY} its pixels go into
     * the primary HDU; otherwise the primary is empty and every HDU becomes an extension named after it.
     * The primary carries {@code primaryHeader}; an extension carries its own HDU header. Structural
     * keywords of the given headers are replaced by those of the written data.
     */
    public static void write(Path file, Keywords primaryHeader, List<HduImage> hdus) throws IOException {
        if (hdus.isEmpty()) {
            throw new IllegalArgumentException("no images to write to " + file);
        }
        try (Fits fits = new Fits()) {
            int first = 0;
            if (HduImage.PRIMARY.equals(hdus.get(0).name())) {
                BasicHDU<?> primary = Fits.makeHDU(rows(hdus.get(0).image()));
                FitsHeaders.addTo(primary.getHeader(), primaryHeader);
                fits.addHDU(primary);
                first = 1;
            } else {
                NullDataHDU primary = new NullDataHDU();
                primary.getHeader().addValue("EXTEND", true, null);
                FitsHeaders.addTo(primary.getHeader(), primaryHeader);
                fits.addHDU(primary);
            }
            for (HduImage hdu : hdus.subList(first, hdus.size())) {
                BasicHDU<?> extension = Fits.makeHDU(rows(hdu.image()));
                extension.getHeader().addValue("EXTNAME", hdu.name(), null);
                FitsHeaders.addTo(extension.getHeader(), hdu.header());
                fits.addHDU(extension);
            }
            Files.deleteIfExists(file);
            fits.write(file.toFile());
        } catch (FitsException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static float[][] rows(Image image) {
        float[][] rows = new float[image.height()][image.width()];
        float[] data = image.data();
        for (int y = 0; y < image.height(); y++) {
            System.arraycopy(data, y * image.width(), rows[y], 0, image.width());
        }
        return rows;
    }
}
