package org.voarchive.sia.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.voarchive.server.dali.DaliException;

/** SIA 2.0's POS: a circle, a coordinate range or a polygon, ICRS degrees. */
public sealed interface SkyRegion {

    /** A circle of radius {@code r} around (ra, dec). */
    record Circle(double ra, double dec, double r) implements SkyRegion {
    }

    /** Everything with ra1 &lt;= ra &lt;= ra2 and dec1 &lt;= dec &lt;= dec2; open ends already made finite. */
    record Range(double ra1, double ra2, double dec1, double dec2) implements SkyRegion {

        /** Whether the range spans every right ascension. */
        public boolean allRightAscensions() {
            return ra1 <= 0 && ra2 >= 360;
        }
    }

    /** A polygon of at least three vertices, ra and dec alternating. */
    record Polygon(List<Double> coordinates) implements SkyRegion {

        public Polygon {
            coordinates = List.copyOf(coordinates);
        }
    }

    /**
     * Parses one POS value.
     *
     * @throws DaliException when the shape is unknown, the numbers are the wrong count, or out of range
     */
    static SkyRegion parse(String text) {
        String[] words = text.trim().split("\\s+");
        String shape = words[0].toUpperCase(Locale.ROOT);
        double[] n = new double[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            n[i - 1] = Numbers.parse("POS", words[i]);
        }
        return switch (shape) {
            case "CIRCLE" -> {
                count(text, n.length == 3, "CIRCLE ra dec radius");
                finite(text, n);
                position(text, n[0], n[1]);
                if (n[2] <= 0 || n[2] > 180) {
                    throw new DaliException("POS: a CIRCLE's radius must be above 0 and at most 180 degrees, in '"
                            + text.trim() + "'");
                }
                yield new Circle(n[0], n[1], n[2]);
            }
            case "RANGE" -> {
                count(text, n.length == 4, "RANGE ra1 ra2 dec1 dec2");
                double ra1 = Math.max(n[0], 0);
                double ra2 = Math.min(n[1], 360);
                double dec1 = Math.max(n[2], -90);
                double dec2 = Math.min(n[3], 90);
                if (ra1 > ra2 || dec1 > dec2 || ra1 >= 360 || ra2 <= 0 || dec1 >= 90 || dec2 <= -90) {
                    throw new DaliException("POS: a RANGE needs 0 <= ra1 <= ra2 <= 360 and -90 <= dec1 <= dec2 <= 90 "
                            + "(-Inf and +Inf allowed), not '" + text.trim() + "'");
                }
                Range range = new Range(ra1, ra2, dec1, dec2);
                if (!range.allRightAscensions() && ra2 - ra1 >= 180) {
                    throw new DaliException("POS: a RANGE must span less than 180 degrees of right ascension, or "
                            + "all of it (0 360), not '" + text.trim() + "'");
                }
                yield range;
            }
            case "POLYGON" -> {
                count(text, n.length >= 6 && n.length % 2 == 0, "POLYGON ra1 dec1 ra2 dec2 ra3 dec3 ...");
                finite(text, n);
                for (int i = 0; i < n.length; i += 2) {
                    position(text, n[i], n[i + 1]);
                }
                yield new Polygon(Arrays.stream(n).boxed().toList());
            }
            default -> throw new DaliException("POS must begin with CIRCLE, RANGE or POLYGON, not '" + words[0] + "'");
        };
    }

    private static void count(String text, boolean right, String form) {
        if (!right) {
            throw new DaliException("POS must be " + form + " (degrees, ICRS), not '" + text.trim() + "'");
        }
    }

    private static void finite(String text, double[] n) {
        if (Arrays.stream(n).anyMatch(v -> !Double.isFinite(v))) {
            throw new DaliException("POS: only a RANGE may have infinite ends, not '" + text.trim() + "'");
        }
    }

    private static void position(String text, double ra, double dec) {
        if (ra < 0 || ra > 360 || dec < -90 || dec > 90) {
            throw new DaliException("POS: positions need 0 <= ra <= 360 and -90 <= dec <= 90, in '" + text.trim()
                    + "'");
        }
    }
}
