package org.voarchive.ingest.pixels;

import org.voarchive.ingest.frame.Keywords;

/**
 * A gnomonic (TAN) celestial WCS from CRPIX, CRVAL and the CD matrix of a header, enough to place
 * chips of one exposure on a common pixel grid.
 */
public final class TanWcs {

    private final double crpix1;
    private final double crpix2;
    private final double ra0;
    private final double dec0;
    private final double[] cd;
    private final double[] inverse;

    public TanWcs(double crpix1, double crpix2, double crval1, double crval2, double[] cd) {
        double det = cd[0] * cd[3] - cd[1] * cd[2];
        if (det == 0 || !Double.isFinite(det)) {
            throw new IllegalArgumentException("the CD matrix is singular");
        }
        this.crpix1 = crpix1;
        this.crpix2 = crpix2;
        this.ra0 = Math.toRadians(crval1);
        this.dec0 = Math.toRadians(crval2);
        this.cd = cd.clone();
        this.inverse = new double[] {cd[3] / det, -cd[1] / det, -cd[2] / det, cd[0] / det};
    }

    /** The WCS of a header with CRPIX1/2, CRVAL1/2 and CD1_1, CD1_2, CD2_1, CD2_2 (absent off-diagonal terms are 0). */
    public static TanWcs of(Keywords header) {
        return new TanWcs(required(header, "CRPIX1"), required(header, "CRPIX2"),
                required(header, "CRVAL1"), required(header, "CRVAL2"),
                new double[] {required(header, "CD1_1"), header.number("CD1_2").orElse(0.0),
                        header.number("CD2_1").orElse(0.0), required(header, "CD2_2")});
    }

    private static double required(Keywords header, String key) {
        return header.number(key).orElseThrow(() ->
                new IllegalArgumentException("the WCS lacks the numeric keyword " + key));
    }

    public double crpix1() {
        return crpix1;
    }

    public double crpix2() {
        return crpix2;
    }

    public double crval1() {
        return Math.toDegrees(ra0);
    }

    public double crval2() {
        return Math.toDegrees(dec0);
    }

    /** Pixel size, degrees: the square root of the CD matrix's determinant. */
    public double scaleDeg() {
        return Math.sqrt(Math.abs(cd[0] * cd[3] - cd[1] * cd[2]));
    }

    /** The 1-based pixel position {x, y} of the sky position (ra, dec), degrees. */
    public double[] toPixel(double raDeg, double decDeg) {
        double ra = Math.toRadians(raDeg);
        double dec = Math.toRadians(decDeg);
        double cosC = Math.sin(dec0) * Math.sin(dec) + Math.cos(dec0) * Math.cos(dec) * Math.cos(ra - ra0);
        if (cosC <= 0) {
            throw new IllegalArgumentException("(" + raDeg + ", " + decDeg + ") is more than 90 degrees from the tangent point");
        }
        double xi = Math.toDegrees(Math.cos(dec) * Math.sin(ra - ra0) / cosC);
        double eta = Math.toDegrees((Math.cos(dec0) * Math.sin(dec) - Math.sin(dec0) * Math.cos(dec) * Math.cos(ra - ra0)) / cosC);
        return new double[] {crpix1 + inverse[0] * xi + inverse[1] * eta, crpix2 + inverse[2] * xi + inverse[3] * eta};
    }
}
