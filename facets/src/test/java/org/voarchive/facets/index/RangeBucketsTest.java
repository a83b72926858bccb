package org.voarchive.facets.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RangeBucketsTest {

    @Test
    void bucketsAreHalfOpenBetweenEdges() {
        double[] edges = {0, 10, 20, 50};
        assertEquals(0, RangeBuckets.bucket(edges, -1));
        assertEquals(1, RangeBuckets.bucket(edges, 0));
        assertEquals(1, RangeBuckets.bucket(edges, 9.999));
        assertEquals(2, RangeBuckets.bucket(edges, 10));
        assertEquals(3, RangeBuckets.bucket(edges, 49));
        assertEquals(4, RangeBuckets.bucket(edges, 50));
        assertEquals(4, RangeBuckets.bucket(edges, 1e9));
    }

    @Test
    void everyFieldsFineBucketPacksIntoOneLong() {
        // snr 55, no resolution, em_min 480 nm, em_max 3000 nm, exptime 5 s, no maglim, t_min in 2030
        long packed = RangeBuckets.pack(Arrays.asList(55.0, null, 480e-9, 3000e-9, 5.0, null, 62502.5));
        assertEquals(5, coarse(ProductFields.SNR, packed), "50 <= 55 < 100");
        assertEquals(0, RangeBuckets.code(packed, RangeBuckets.position(ProductFields.RESOLUTION)), "no value");
        assertEquals(2, coarse(ProductFields.EM_MIN, packed), "400 <= 480 < 500 nm");
        assertEquals(8, coarse(ProductFields.EM_MAX, packed), "above 2500 nm");
        assertEquals(1, coarse(ProductFields.EXPTIME, packed));
        assertEquals(0, RangeBuckets.code(packed, RangeBuckets.position(ProductFields.MAGLIM)), "no value");
        assertEquals(31, coarse(ProductFields.T_MIN, packed), "2030, the last edge");
        assertEquals(5e-7, RangeBuckets.edges(ProductFields.EM_MIN)[2], "nm edges are metres, exactly as decimals");
        for (double snr : new double[] {-1, 0, 4.99, 5, 5.01, 499.9, 500, 1e6}) {
            assertEquals(RangeBuckets.bucket(RangeBuckets.edges(ProductFields.SNR), snr),
                    coarse(ProductFields.SNR, RangeBuckets.pack(Arrays.asList(snr, null, null, null, null, null, null))),
                    "fine buckets lie inside the bucket of " + snr);
        }
        assertTrue(RangeBuckets.fineBuckets(ProductFields.SNR) > 400, "each bucket split in many");
    }

    @Test
    void valuesBeyondTheLastEdgeStillFallInManyFineBuckets() {
        // a spectrograph of R = 140,000 +- 20% lies wholly above the last edge (100,000): were that one fine
        // bucket, every such product would have its value read for the extent
        java.util.Set<Integer> fine = new java.util.HashSet<>();
        for (double r = 112_000; r <= 168_000; r += 500) {
            int f = RangeBuckets.code(RangeBuckets.pack(Arrays.asList(null, r, null, null, null, null, null)),
                    RangeBuckets.position(ProductFields.RESOLUTION)) - 1;
            assertEquals(RangeBuckets.edges(ProductFields.RESOLUTION).length, RangeBuckets.coarse(ProductFields.RESOLUTION, f));
            fine.add(f);
        }
        assertTrue(fine.size() >= 5, "fine buckets above the last edge: " + fine);
        for (double mjd = 40_000; mjd < 51_544; mjd += 1000) { // before 2000, the first edge
            long packed = RangeBuckets.pack(Arrays.asList(null, null, null, null, null, null, mjd));
            assertEquals(0, coarse(ProductFields.T_MIN, packed), "before the first edge: " + mjd);
        }
    }

    @Test
    void everyFieldHasAsManyFineBucketsAsThePackingHolds() {
        for (String field : RangeBuckets.FIELDS) {
            int n = RangeBuckets.fineBuckets(field);
            assertTrue(n <= RangeBuckets.MAX_CODE && n > 400, field + ": " + n);
            for (int f = 1; f < n; f++) {
                assertTrue(RangeBuckets.coarse(field, f) >= RangeBuckets.coarse(field, f - 1), field + " bucket " + f);
            }
        }
    }

    private static int coarse(String field, long packed) {
        int fine = RangeBuckets.code(packed, RangeBuckets.position(field)) - 1;
        return fine < 0 ? -1 : RangeBuckets.coarse(field, fine);
    }
}
