package org.voarchive.db.obscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkyPolygonTest {

    @Test
    void anUnrotatedSquareOnTheEquatorHasTheRightCorners() {
        SkyPolygon p = SkyPolygon.rectangle(10, 0, 1, 1, 0);
        assertEquals(4, p.vertices().size());
        assertEquals(9.5, p.vertices().get(0)[0], 1e-3);
        assertEquals(-0.5, p.vertices().get(0)[1], 1e-3);
        assertEquals(10.5, p.vertices().get(2)[0], 1e-3);
        assertEquals(0.5, p.vertices().get(2)[1], 1e-3);
    }

    @Test
    void raWrapsAroundZeroAndWidensWithDeclination() {
        SkyPolygon p = SkyPolygon.rectangle(0.1, -60, 1, 1, 0);
        double[] west = p.vertices().get(0);
        assertTrue(west[0] > 359 && west[0] < 360, "west corner wraps to just below 360: " + west[0]);
        double[] east = p.vertices().get(1);
        // at dec -60 one degree on the sky spans about two degrees of right ascension
        assertEquals(2.0, (east[0] + 360 - west[0]) % 360, 0.1);
    }

    @Test
    void pgSphereFormIsLocaleIndependent() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            String s = new SkyPolygon(List.of(new double[] {1.5, 2}, new double[] {3, 4}, new double[] {5, -6.25}))
                    .toPgSphere();
            assertEquals("{(1.50000000d,2.00000000d),(3.00000000d,4.00000000d),(5.00000000d,-6.25000000d)}", s);
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void rejectsDegeneratePolygonsAndBadVertices() {
        assertThrows(IllegalArgumentException.class,
                () -> new SkyPolygon(List.of(new double[] {1, 2}, new double[] {3, 4})));
        assertThrows(IllegalArgumentException.class, () -> new SkyPolygon(
                List.of(new double[] {1, 2}, new double[] {3, 95}, new double[] {5, 6})));
    }
}
