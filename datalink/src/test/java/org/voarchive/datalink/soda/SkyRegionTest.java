package org.voarchive.datalink.soda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkyRegionTest {

    @Test
    void circlesContainWhatIsWithinTheirRadius() {
        SkyRegion c = new SkyRegion.Circle(359.99, 0, 0.1);
        assertTrue(c.contains(0.05, 0.05));
        assertFalse(c.contains(0.2, 0));
        assertTrue(new SkyRegion.Circle(0, 90, 1).contains(180, 89.5));
    }

    @Test
    void polygonsContainTheirInsideAcrossRaZero() {
        SkyRegion p = new SkyRegion.Polygon(new double[] {359, 1, 1, 359}, new double[] {-1, -1, 1, 1});
        assertTrue(p.contains(0, 0));
        assertTrue(p.contains(359.5, 0.5));
        assertFalse(p.contains(2, 0));
        assertFalse(p.contains(0, 1.5));
        // either orientation
        SkyRegion q = new SkyRegion.Polygon(new double[] {359, 359, 1, 1}, new double[] {-1, 1, 1, -1});
        assertTrue(q.contains(0, 0));
    }

    @Test
    void boundariesLieOnTheRegion() {
        SkyRegion.Circle c = new SkyRegion.Circle(150, 2, 0.5);
        for (double[] v : c.boundary()) {
            double dec = Math.toDegrees(Math.asin(v[2]));
            double ra = Math.toDegrees(Math.atan2(v[1], v[0]));
            assertTrue(c.contains(ra, dec));
            assertFalse(new SkyRegion.Circle(150, 2, 0.499).contains(ra, dec));
        }
    }
}
