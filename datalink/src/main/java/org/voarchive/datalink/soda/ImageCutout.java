package org.voarchive.datalink.soda;

import java.io.IOException;
import java.util.Optional;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageData;
import nom.tam.fits.ImageHDU;
import nom.tam.util.ArrayFuncs;

/**
 * Cuts a box of pixels out of an image (2-D) or a cube (3-D, wavelength on axis 3): the pixel bounding
 * box of a sky region projected through the TAN WCS, and for a cube the planes inside a band. Only the
 * box is read from the file. The new HDU keeps every card of the source, with NAXISn, CRPIXn and the
 * checksums made right for the box, and a HISTORY card saying what was cut from which file.
 */
final class ImageCutout {

    private ImageCutout() {
    }

    /**
     * @param source the image or cube, its data still in the file (read through its tiler)
     * @param region the sky region whose bounding box to keep, if any
     * @param band for a cube, the wavelength interval in metres whose planes to keep, if any
     * @param arcfile the source file's name, for the HISTORY card
     * @throws SodaException NoOverlap when the box or the band holds no pixel of the data, UsageError when
     *     the data lack the WCS the request needs
     */
    static ImageHDU cut(ImageHDU source, Optional<SkyRegion> region, Optional<Interval> band, String arcfile)
            throws FitsException, IOException {
        Header h = source.getHeader();
        int naxis = h.getIntValue("NAXIS");
        int nx = h.getIntValue("NAXIS1");
        int ny = h.getIntValue("NAXIS2");
        AxisRange x = AxisRange.all(nx);
        AxisRange y = AxisRange.all(ny);
        if (region.isPresent()) {
            TanWcs wcs = wcs(h);
            double[] box = pixelBox(wcs, region.get());
            if (box != null) {
                x = AxisRange.covering(box[0], box[1], nx);
                y = AxisRange.covering(box[2], box[3], ny);
            }
            if (x == null || y == null || box == null && !holdsAnyOf(region.get(), wcs, nx, ny)) {
                throw SodaException.noOverlap("the region lies outside the image");
            }
        }
        AxisRange z = null;
        if (naxis == 3) {
            int nz = h.getIntValue("NAXIS3");
            z = AxisRange.all(nz);
            if (band.isPresent()) {
                z = spectralAxis(h).range(band.get(), nz);
                if (z == null) {
                    throw SodaException.noOverlap("the band lies outside the cube's wavelengths");
                }
            }
        }
        int[] corners = z == null ? new int[] {y.offset(), x.offset()} : new int[] {z.offset(), y.offset(), x.offset()};
        int[] lengths = z == null ? new int[] {y.length(), x.length()}
                : new int[] {z.length(), y.length(), x.length()};
        Object pixels = ArrayFuncs.curl(source.getTiler().getTile(corners, lengths), lengths);
        ImageHDU cut = (ImageHDU) ImageData.from(pixels).toHDU();
        Header out = cut.getHeader();
        Headers.carryOver(h, out);
        shift(out, "CRPIX1", x);
        shift(out, "CRPIX2", y);
        String planes = "";
        if (z != null) {
            shift(out, "CRPIX3", z);
            planes = ", z " + z.first() + ".." + z.last();
        }
        Headers.history(out, "SODA cutout of " + arcfile + ": pixels x " + x.first() + ".." + x.last() + ", y "
                + y.first() + ".." + y.last() + planes);
        return cut;
    }

    /**
     * The continuous pixel box {xmin, xmax, ymin, ymax} of the region's boundary, or null when part of
     * the boundary is 90 degrees or more from the tangent point and cannot be projected.
     */
    static double[] pixelBox(TanWcs wcs, SkyRegion region) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] v : region.boundary()) {
            double[] p = wcs.pixel(v);
            if (p == null) {
                return null;
            }
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.max(box[1], p[0]);
            box[2] = Math.min(box[2], p[1]);
            box[3] = Math.max(box[3], p[1]);
        }
        return box;
    }

    /**
     * Whether a region too large to project holds the image's centre or one of its corners; if so the
     * whole image is kept, since its few arcminutes cannot reach around a region of that size.
     */
    private static boolean holdsAnyOf(SkyRegion region, TanWcs wcs, int nx, int ny) {
        double[][] points = {{(nx + 1) / 2.0, (ny + 1) / 2.0}, {1, 1}, {nx, 1}, {1, ny}, {nx, ny}};
        for (double[] p : points) {
            double[] sky = wcs.sky(p[0], p[1]);
            if (region.contains(sky[0], sky[1])) {
                return true;
            }
        }
        return false;
    }

    private static void shift(Header h, String key, AxisRange range) {
        if (h.containsKey(key)) {
            Headers.update(h, key, h.getDoubleValue(key) - range.offset());
        }
    }

    private static TanWcs wcs(Header h) {
        try {
            return TanWcs.of(h);
        } catch (IllegalArgumentException e) {
            throw SodaException.usage("this product cannot be cut on the sky: " + e.getMessage());
        }
    }

    private static SpectralAxis spectralAxis(Header h) {
        try {
            return SpectralAxis.of(h, 3);
        } catch (IllegalArgumentException e) {
            throw SodaException.usage("this cube cannot be cut in BAND: " + e.getMessage());
        }
    }
}
