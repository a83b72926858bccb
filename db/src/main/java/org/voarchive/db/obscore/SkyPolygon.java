package org.voarchive.db.obscore;

import java.util.List;
import java.util.Locale;

/**
 * A polygon on the sky (ICRS, degrees), convex and with at least three vertices, as stored in the
 * pgSphere {@code spoly} column {@code s_region}.
 *
 * @param vertices (ra, dec) pairs in degrees, in order around the polygon
 */
public record SkyPolygon(List<double[]> vertices) {

    public SkyPolygon {
        vertices = List.copyOf(vertices);
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices, not " + vertices.size());
        }
        for (double[] v : vertices) {
            if (v.length != 2 || !(v[1] >= -90 && v[1] <= 90) || !Double.isFinite(v[0])) {
                throw new IllegalArgumentException("not a (ra, dec) vertex in degrees: " + java.util.Arrays.toString(v));
            }
        }
    }

    /**
     * A rectangle of the given size centred on a position, rotated by a position angle, computed by
     * gnomonic projection so that it is right at any declination.
     *
     * @param ra centre right ascension, degrees
     * @param dec centre declination, degrees
     * @param width extent along the rotated x axis, degrees
     * @param height extent along the rotated y axis, degrees
     * @param positionAngle rotation east of north, degrees
     */
    public static SkyPolygon rectangle(double ra, double dec, double width, double height, double positionAngle) {
        double pa = Math.toRadians(positionAngle);
        double[][] corners = {{-width / 2, -height / 2}, {width / 2, -height / 2}, {width / 2, height / 2},
                {-width / 2, height / 2}};
        List<double[]> vertices = new java.util.ArrayList<>(4);
        for (double[] c : corners) {
            double xi = Math.toRadians(c[0] * Math.cos(pa) - c[1] * Math.sin(pa));
            double eta = Math.toRadians(c[0] * Math.sin(pa) + c[1] * Math.cos(pa));
            vertices.add(deproject(Math.toRadians(ra), Math.toRadians(dec), xi, eta));
        }
        return new SkyPolygon(vertices);
    }

    /** Standard coordinates (xi, eta) about a tangent point back to (ra, dec) in degrees. */
    private static double[] deproject(double ra0, double dec0, double xi, double eta) {
        double denominator = Math.cos(dec0) - eta * Math.sin(dec0);
        double ra = ra0 + Math.atan2(xi, denominator);
        double dec = Math.atan2(Math.sin(dec0) + eta * Math.cos(dec0), Math.hypot(xi, denominator));
        double raDeg = Math.toDegrees(ra) % 360;
        return new double[] {raDeg < 0 ? raDeg + 360 : raDeg, Math.toDegrees(dec)};
    }

    /** Polygons are equal when their vertices are, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SkyPolygon p && java.util.Arrays.deepEquals(vertices.toArray(), p.vertices.toArray());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(vertices.toArray());
    }

    @Override
    public String toString() {
        return toPgSphere();
    }

    /** The pgSphere input form, for example {@code {(10.1d,-20.2d),(10.3d,-20.2d),(10.2d,-20.0d)}}. */
    public String toPgSphere() {
        StringBuilder s = new StringBuilder("{");
        for (double[] v : vertices) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(String.format(Locale.ROOT, "(%.8fd,%.8fd)", v[0], v[1]));
        }
        return s.append('}').toString();
    }
}
