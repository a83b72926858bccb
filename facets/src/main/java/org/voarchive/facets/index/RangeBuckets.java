package org.voarchive.facets.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The buckets of the range facets: fixed edges in stored units (ObsCore's), so counts compare between
 * searches, and each product's fine bucket of every range facet packed into one long at indexing time
 * ({@value #BITS} bits each: 0 where the product has no value, else the fine bucket plus one), so
 * counting all seven facets reads one doc value per product. Fine buckets split each bucket between two
 * edges into equal parts, and continue beyond the first and last edge with parts growing {@value #GROWTH}
 * times each: the extent of the matching values (min, max) is then read only from the products in the
 * lowest and highest fine bucket, a small share of them, even where most values lie beyond the edges
 * (the resolving powers of the finest spectrographs, above the last edge).
 */
public final class RangeBuckets {

    public static final int BITS = 9;
    /** Fine edges beyond each end of the edges. */
    private static final int OUTER = 32;
    private static final double GROWTH = 1.15;
    /** The highest {@link #code}. */
    public static final int MAX_CODE = (1 << BITS) - 1;
    /** The most fine edges: {@link #MAX_CODE} fine buckets between and beyond them. */
    private static final int MAX_FINE_EDGES = MAX_CODE - 1;

    /** The range facets' fields, in their packing order. */
    public static final List<String> FIELDS = List.of(ProductFields.SNR, ProductFields.RESOLUTION, ProductFields.EM_MIN,
            ProductFields.EM_MAX, ProductFields.EXPTIME, ProductFields.MAGLIM, ProductFields.T_MIN);

    private static final Map<String, double[]> EDGES = Map.of(
            ProductFields.SNR, scaled(0, 0, 5, 10, 20, 50, 100, 200, 500),
            ProductFields.RESOLUTION, scaled(0, 0, 1000, 5000, 10000, 20000, 50000, 100000),
            ProductFields.EM_MIN, scaled(-9, 300, 400, 500, 700, 1000, 1500, 2000, 2500),
            ProductFields.EM_MAX, scaled(-9, 300, 400, 500, 700, 1000, 1500, 2000, 2500),
            ProductFields.EXPTIME, scaled(0, 0, 10, 60, 300, 600, 1200, 1800, 3600),
            ProductFields.MAGLIM, scaled(0, 14, 16, 18, 20, 22, 24, 26),
            ProductFields.T_MIN, yearStarts(2000, 2030));

    private static final Map<String, double[]> FINE_EDGES = new java.util.HashMap<>();
    private static final Map<String, int[]> COARSE = new java.util.HashMap<>();

    static {
        for (String field : FIELDS) {
            double[] edges = EDGES.get(field);
            int parts = (MAX_FINE_EDGES - 2 * OUTER - 1) / (edges.length - 1);
            double[] fine = new double[2 * OUTER + (edges.length - 1) * parts + 1];
            double step = (edges[1] - edges[0]) / parts;
            double below = edges[0];
            for (int k = OUTER - 1; k >= 0; k--) {
                step *= GROWTH;
                below -= step;
                fine[k] = below;
            }
            for (int i = 0; i < edges.length - 1; i++) {
                for (int j = 0; j < parts; j++) {
                    // the edges themselves are fine edges exactly, so no fine bucket straddles one
                    fine[OUTER + i * parts + j] = j == 0 ? edges[i] : edges[i] + (edges[i + 1] - edges[i]) * j / parts;
                }
            }
            int last = OUTER + (edges.length - 1) * parts;
            fine[last] = edges[edges.length - 1];
            step = (edges[edges.length - 1] - edges[edges.length - 2]) / parts;
            for (int k = 1; k <= OUTER; k++) {
                step *= GROWTH;
                fine[last + k] = fine[last + k - 1] + step;
            }
            int[] coarse = new int[fine.length + 1];
            for (int f = 1; f < coarse.length; f++) {
                coarse[f] = bucket(edges, fine[f - 1]);
            }
            FINE_EDGES.put(field, fine);
            COARSE.put(field, coarse);
        }
    }

    private RangeBuckets() {
    }

    /** How many fine buckets a field has. */
    public static int fineBuckets(String field) {
        return COARSE.get(field).length;
    }

    /** The bucket (as {@link #bucket} counts them on {@link #edges}) a fine bucket lies in. */
    public static int coarse(String field, int fine) {
        return COARSE.get(field)[fine];
    }

    /** The bucket edges of a range field in stored units, ascending (nm edges of wavelengths as metres). */
    public static double[] edges(String field) {
        return EDGES.get(field).clone();
    }

    /** Where a field's bucket sits in the packed long. */
    public static int position(String field) {
        return FIELDS.indexOf(field);
    }

    /** A product's code at a position of a packed long: 0 when it has no value, else its fine bucket plus one. */
    public static int code(long packed, int position) {
        return (int) (packed >>> (BITS * position)) & MAX_CODE;
    }

    /** Every field's bucket of a product's values (null: no value), in {@link #FIELDS} order. */
    static long pack(List<Double> values) {
        long packed = 0;
        for (int i = 0; i < FIELDS.size(); i++) {
            Double v = values.get(i);
            if (v != null && !v.isNaN()) {
                packed |= (long) (bucket(FINE_EDGES.get(FIELDS.get(i)), v) + 1) << (BITS * i);
            }
        }
        return packed;
    }

    /**
     * How many edges are at or below v: 0 below the first edge, i for edges[i-1] <= v < edges[i],
     * edges.length at or above the last.
     */
    public static int bucket(double[] edges, double v) {
        int n = 0;
        for (double edge : edges) {
            n += edge <= v ? 1 : 0;
        }
        return n;
    }

    private static double[] scaled(int exponent, double... display) {
        double[] out = new double[display.length];
        for (int i = 0; i < display.length; i++) {
            out[i] = BigDecimal.valueOf(display[i]).scaleByPowerOfTen(exponent).doubleValue();
        }
        return out;
    }

    /** The first days of the years, as MJD (days since 1858-11-17). */
    private static double[] yearStarts(int from, int to) {
        double[] out = new double[to - from + 1];
        for (int y = from; y <= to; y++) {
            out[y - from] = LocalDate.of(y, 1, 1).toEpochDay() + 40587;
        }
        return out;
    }
}
