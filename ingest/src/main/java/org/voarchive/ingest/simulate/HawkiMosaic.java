package org.voarchive.ingest.simulate;

/**
 * HAWK-I's four chips as a 2 x 2 mosaic with small gaps around the pointing: chip 1 lower left, 2 lower
 * right, 3 upper right, 4 upper left, north up and east left. Every chip carries a TAN WCS with the
 * pointing as CRVAL and its own CRPIX, so all four share one tangent plane.
 */
final class HawkiMosaic {

    static final double PIXEL_ARCSEC = 0.106;
    static final int CHIPS = 4;
    private static final double PIXEL_DEG = PIXEL_ARCSEC / 3600;
    private static final int[] COLUMN = {0, 1, 1, 0};
    private static final int[] ROW = {0, 0, 1, 1};

    private final int size;
    private final int gap;

    HawkiMosaic(int size) {
        this.size = size;
        this.gap = Math.max(2, size / 16);
    }

    int size() {
        return size;
    }

    /** Side of the whole mosaic, gaps included, arcseconds. */
    double extentArcsec() {
        return (2 * size + gap) * PIXEL_ARCSEC;
    }

    /** CRPIX1 of chip {@code chipNo} (1..4): where the pointing falls in its pixel grid, 1-based. */
    double crpix1(int chipNo) {
        return (2 * size + gap) / 2.0 + 0.5 - COLUMN[chipNo - 1] * (size + gap);
    }

    double crpix2(int chipNo) {
        return (2 * size + gap) / 2.0 + 0.5 - ROW[chipNo - 1] * (size + gap);
    }

    HeaderCards wcs(int chipNo, double ra, double dec) {
        return new HeaderCards()
                .std("CTYPE1", "RA---TAN", "Gnomonic projection")
                .std("CTYPE2", "DEC--TAN", "Gnomonic projection")
                .std("CRPIX1", crpix1(chipNo), "Reference pixel in X")
                .std("CRPIX2", crpix2(chipNo), "Reference pixel in Y")
                .std("CRVAL1", Exposure.round(ra, 7), "RA at reference pixel (deg)")
                .std("CRVAL2", Exposure.round(dec, 7), "DEC at reference pixel (deg)")
                .std("CD1_1", -PIXEL_DEG, "Transformation matrix")
                .std("CD1_2", 0.0, "Transformation matrix")
                .std("CD2_1", 0.0, "Transformation matrix")
                .std("CD2_2", PIXEL_DEG, "Transformation matrix")
                .std("CUNIT1", "deg", "Unit of CRVAL1")
                .std("CUNIT2", "deg", "Unit of CRVAL2");
    }

    /** Offset of a sky position from the pointing in the tangent plane, arcseconds {xi east, eta north}. */
    static double[] tangentOffset(double ra0, double dec0, double ra, double dec) {
        double a = Math.toRadians(ra - ra0);
        double d0 = Math.toRadians(dec0);
        double d = Math.toRadians(dec);
        double denominator = Math.sin(d0) * Math.sin(d) + Math.cos(d0) * Math.cos(d) * Math.cos(a);
        double xi = Math.cos(d) * Math.sin(a) / denominator;
        double eta = (Math.cos(d0) * Math.sin(d) - Math.sin(d0) * Math.cos(d) * Math.cos(a)) / denominator;
        return new double[] {Math.toDegrees(xi) * 3600, Math.toDegrees(eta) * 3600};
    }

    /** Array position (0-based x, y) on chip {@code chipNo} of a tangent-plane offset from the pointing. */
    double[] pixel(int chipNo, double xiArcsec, double etaArcsec) {
        return new double[] {crpix1(chipNo) - 1 - xiArcsec / PIXEL_ARCSEC, crpix2(chipNo) - 1 + etaArcsec / PIXEL_ARCSEC};
    }

    /** Tangent-plane offset (arcsec) of the 0-based array position {@code x, y} on chip {@code chipNo}. */
    double[] offset(int chipNo, double x, double y) {
        return new double[] {(crpix1(chipNo) - 1 - x) * PIXEL_ARCSEC, (y - crpix2(chipNo) + 1) * PIXEL_ARCSEC};
    }

    /** Illumination falling off towards the mosaic's edge with a slight tilt, 1 at the centre. */
    double illumination(int chipNo, int x, int y) {
        double[] o = offset(chipNo, x, y);
        double half = extentArcsec() / 2;
        double u = o[0] / half;
        double v = o[1] / half;
        return 1 - 0.06 * (u * u + v * v) + 0.03 * u;
    }
}
