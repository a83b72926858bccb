package org.voarchive.datalink.soda;

import nom.tam.fits.Header;

/**
 * The celestial part of a FITS header's WCS when it is a gnomonic (TAN) projection of RA and Dec in
 * degrees, with a CD matrix or CDELT and PC: sky positions to 1-based FITS pixel coordinates and back.
 * Immutable and thread safe.
 */
final class TanWcs {

    private final double ra0;
    private final double dec0;
    private final double crpix1;
    private final double crpix2;
    private final double[][] cd;
    private final double[][] inverse;

    private TanWcs(double ra0, double dec0, double crpix1, double crpix2, double[][] cd) {
        this.ra0 = Math.toRadians(ra0);
        this.dec0 = Math.toRadians(dec0);
        this.crpix1 = crpix1;
        this.crpix2 = crpix2;
        this.cd = cd;
        double det = cd[0][0] * cd[1][1] - cd[0][1] * cd[1][0];
        if (det == 0 || !Double.isFinite(det)) {
            throw new IllegalArgumentException("the WCS matrix is singular");
        }
        this.inverse = new double[][] {{cd[1][1] / det, -cd[0][1] / det}, {-cd[1][0] / det, cd[0][0] / det}};
    }

    /**
     * The TAN WCS of axes 1 and 2 of a header.
     *
     * @throws IllegalArgumentException when the header has none (other projection, other units, no scale)
     */
    static TanWcs of(Header h) {
        String c1 = h.getStringValue("CTYPE1");
        String c2 = h.getStringValue("CTYPE2");
        if (!"RA---TAN".equals(c1) || !"DEC--TAN".equals(c2)) {
            throw new IllegalArgumentException("the data's axes 1 and 2 are " + c1 + " and " + c2
                    + ", not a TAN projection of RA and Dec");
        }
        for (String unit : new String[] {"CUNIT1", "CUNIT2"}) {
            if (h.containsKey(unit) && !"deg".equals(h.getStringValue(unit).trim())) {
                throw new IllegalArgumentException(unit + " is " + h.getStringValue(unit) + ", not deg");
            }
        }
        double[][] cd;
        if (h.containsKey("CD1_1") || h.containsKey("CD2_2")) {
            cd = new double[][] {{h.getDoubleValue("CD1_1", 0), h.getDoubleValue("CD1_2", 0)},
                {h.getDoubleValue("CD2_1", 0), h.getDoubleValue("CD2_2", 0)}};
        } else {
            double d1 = h.getDoubleValue("CDELT1", 0);
            double d2 = h.getDoubleValue("CDELT2", 0);
            cd = new double[][] {{d1 * h.getDoubleValue("PC1_1", 1), d1 * h.getDoubleValue("PC1_2", 0)},
                {d2 * h.getDoubleValue("PC2_1", 0), d2 * h.getDoubleValue("PC2_2", 1)}};
        }
        return new TanWcs(h.getDoubleValue("CRVAL1"), h.getDoubleValue("CRVAL2"), h.getDoubleValue("CRPIX1"),
                h.getDoubleValue("CRPIX2"), cd);
    }

    /**
     * The 1-based FITS pixel coordinates {x, y} of a unit vector on the sky, or null when the position is
     * 90 degrees or more from the tangent point and has no place in the projection.
     */
    double[] pixel(double[] v) {
        double ca = Math.cos(ra0);
        double sa = Math.sin(ra0);
        double cd0 = Math.cos(dec0);
        double sd0 = Math.sin(dec0);
        // The position in a frame whose z points at the tangent point, x east and y north there.
        double z = cd0 * (ca * v[0] + sa * v[1]) + sd0 * v[2];
        if (z <= 1e-9) {
            return null;
        }
        double east = -sa * v[0] + ca * v[1];
        double north = -sd0 * (ca * v[0] + sa * v[1]) + cd0 * v[2];
        double x = Math.toDegrees(east / z);
        double y = Math.toDegrees(north / z);
        return new double[] {crpix1 + inverse[0][0] * x + inverse[0][1] * y,
            crpix2 + inverse[1][0] * x + inverse[1][1] * y};
    }

    /** The 1-based FITS pixel coordinates {x, y} of a position in degrees, or null as {@link #pixel(double[])}. */
    double[] pixel(double ra, double dec) {
        return pixel(SkyRegion.vector(ra, dec));
    }

    /** The position {RA, Dec} in degrees (RA in [0, 360)) of 1-based FITS pixel coordinates. */
    double[] sky(double px, double py) {
        double x = Math.toRadians(cd[0][0] * (px - crpix1) + cd[0][1] * (py - crpix2));
        double y = Math.toRadians(cd[1][0] * (px - crpix1) + cd[1][1] * (py - crpix2));
        double denominator = Math.cos(dec0) - y * Math.sin(dec0);
        double ra = ra0 + Math.atan2(x, denominator);
        double dec = Math.atan((Math.sin(dec0) + y * Math.cos(dec0)) / Math.hypot(x, denominator));
        double raDeg = Math.toDegrees(ra) % 360;
        return new double[] {raDeg < 0 ? raDeg + 360 : raDeg, Math.toDegrees(dec)};
    }
}
