package org.voarchive.datalink.soda;

import java.util.ArrayList;
import java.util.List;

/**
 * A region of the sky a cutout should cover: a DALI circle or polygon, in ICRS degrees. Points are
 * unit vectors internally, so regions across RA 0/360 and near the poles need no special cases.
 */
public sealed interface SkyRegion permits SkyRegion.Circle, SkyRegion.Polygon {

    /** Points on the boundary, close enough together that their pixel bounding box is the region's. */
    List<double[]> boundary();

    /** Whether the position (degrees) lies inside the region or on its boundary. */
    boolean contains(double ra, double dec);

    /** A spherical circle. */
    record Circle(double ra, double dec, double radius) implements SkyRegion {

        private static final int BOUNDARY_POINTS = 360;

        public Circle {
            checkPosition(ra, dec);
            if (!(radius > 0 && radius <= 180)) {
                throw new IllegalArgumentException("the radius must be above 0 and at most 180 degrees, not " + radius);
            }
        }

        @Override
        public List<double[]> boundary() {
            double[] centre = vector(ra, dec);
            // Two unit vectors orthogonal to the centre: east and north at the centre.
            double a = Math.toRadians(ra);
            double[] east = {-Math.sin(a), Math.cos(a), 0};
            double[] north = cross(centre, east);
            double r = Math.toRadians(radius);
            List<double[]> points = new ArrayList<>(BOUNDARY_POINTS);
            for (int i = 0; i < BOUNDARY_POINTS; i++) {
                double t = 2 * Math.PI * i / BOUNDARY_POINTS;
                double[] p = new double[3];
                for (int k = 0; k < 3; k++) {
                    p[k] = Math.cos(r) * centre[k] + Math.sin(r) * (Math.cos(t) * east[k] + Math.sin(t) * north[k]);
                }
                points.add(p);
            }
            return points;
        }

        @Override
        public boolean contains(double pointRa, double pointDec) {
            return separation(vector(ra, dec), vector(pointRa, pointDec)) <= Math.toRadians(radius) + 1e-12;
        }
    }

    /** A spherical polygon whose edges are great-circle arcs between consecutive vertices. */
    record Polygon(double[] ra, double[] dec) implements SkyRegion {

        /** The most an edge between two boundary points may span, so that curved edges stay in the box. */
        private static final double STEP = Math.toRadians(0.01);

        public Polygon {
            if (ra.length != dec.length || ra.length < 3) {
                throw new IllegalArgumentException("a polygon needs at least three vertices");
            }
            for (int i = 0; i < ra.length; i++) {
                checkPosition(ra[i], dec[i]);
            }
            ra = ra.clone();
            dec = dec.clone();
        }

        @Override
        public List<double[]> boundary() {
            List<double[]> points = new ArrayList<>();
            int n = ra.length;
            for (int i = 0; i < n; i++) {
                double[] a = vector(ra[i], dec[i]);
                double[] b = vector(ra[(i + 1) % n], dec[(i + 1) % n]);
                double angle = separation(a, b);
                int steps = Math.max(1, (int) Math.ceil(angle / STEP));
                for (int s = 0; s < steps; s++) {
                    points.add(slerp(a, b, angle, (double) s / steps));
                }
            }
            return points;
        }

        /**
         * Whether the point is inside, by the winding of the edges seen from the point in its tangent
         * plane: a point inside is circled once, a point outside not at all.
         */
        @Override
        public boolean contains(double pointRa, double pointDec) {
            double[] p = vector(pointRa, pointDec);
            double a0 = Math.toRadians(pointRa);
            double[] east = {-Math.sin(a0), Math.cos(a0), 0};
            double[] north = cross(p, east);
            double winding = 0;
            int n = ra.length;
            for (int i = 0; i < n; i++) {
                double[] u = vector(ra[i], dec[i]);
                double[] v = vector(ra[(i + 1) % n], dec[(i + 1) % n]);
                double au = Math.atan2(dot(u, north), dot(u, east));
                double av = Math.atan2(dot(v, north), dot(v, east));
                double d = av - au;
                while (d > Math.PI) {
                    d -= 2 * Math.PI;
                }
                while (d < -Math.PI) {
                    d += 2 * Math.PI;
                }
                winding += d;
            }
            return Math.abs(winding) > Math.PI;
        }
    }

    private static void checkPosition(double ra, double dec) {
        if (!(ra >= 0 && ra <= 360) || !(dec >= -90 && dec <= 90)) {
            throw new IllegalArgumentException("positions need 0 <= RA <= 360 and -90 <= Dec <= 90 (degrees), not "
                    + ra + " " + dec);
        }
    }

    /** The unit vector of a position in degrees. */
    static double[] vector(double ra, double dec) {
        double a = Math.toRadians(ra);
        double d = Math.toRadians(dec);
        return new double[] {Math.cos(d) * Math.cos(a), Math.cos(d) * Math.sin(a), Math.sin(d)};
    }

    private static double separation(double[] a, double[] b) {
        return Math.atan2(norm(cross(a, b)), dot(a, b));
    }

    private static double[] slerp(double[] a, double[] b, double angle, double t) {
        if (angle == 0) {
            return a.clone();
        }
        double wa = Math.sin((1 - t) * angle) / Math.sin(angle);
        double wb = Math.sin(t * angle) / Math.sin(angle);
        return new double[] {wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
