package org.voarchive.sia.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.sia.query.SiaQueryTest.query;

import org.junit.jupiter.api.Test;

class SiaAdqlTest {

    @Test
    void imagesAndCubesByDefault() {
        assertEquals("SELECT * FROM ivoa.obscore WHERE dataproduct_type IN ('image', 'cube') ORDER BY "
                + "obs_publisher_did", SiaAdql.of(query()));
        assertTrue(SiaAdql.of(query("DPTYPE", "spectrum")).contains("dataproduct_type IN ('spectrum')"));
    }

    @Test
    void regionsIntersectTheFootprint() {
        assertTrue(SiaAdql.of(query("POS", "CIRCLE 10 -5 0.5")).contains(
                "(INTERSECTS(s_region, CIRCLE('ICRS', 10.0, -5.0, 0.5)) = 1)"));
        assertTrue(SiaAdql.of(query("POS", "RANGE 10 11 -1 1")).contains(
                "(INTERSECTS(s_region, POLYGON('ICRS', 10.0, -1.0, 11.0, -1.0, 11.0, 1.0, 10.0, 1.0)) = 1)"));
        assertTrue(SiaAdql.of(query("POS", "RANGE 0 360 -2 2")).contains(
                "((s_dec + s_fov / 2 >= -2.0 AND s_dec - s_fov / 2 <= 2.0))"));
        assertTrue(SiaAdql.of(query("POS", "POLYGON 1 1 2 1 2 2")).contains("POLYGON('ICRS', 1.0, 1.0, 2.0, 1.0, 2.0, 2.0)"));
    }

    @Test
    void repeatedParametersAreOrDifferentOnesAnd() {
        String adql = SiaAdql.of(query("POS", "CIRCLE 1 1 1", "POS", "CIRCLE 2 2 1", "INSTRUMENT", "A",
                "INSTRUMENT", "B", "CALIB", "2"));
        assertTrue(adql.contains("(INTERSECTS(s_region, CIRCLE('ICRS', 1.0, 1.0, 1.0)) = 1 OR INTERSECTS(s_region, "
                + "CIRCLE('ICRS', 2.0, 2.0, 1.0)) = 1) AND instrument_name IN ('A', 'B') AND "
                + "dataproduct_type IN ('image', 'cube') AND (calib_level = 2)"), adql);
    }

    @Test
    void bandAndTimeOverlapOtherIntervalsHoldTheValue() {
        assertTrue(SiaAdql.of(query("BAND", "1.2E-6 1.3E-6")).contains("((em_min <= 1.3E-6 AND em_max >= 1.2E-6))"));
        assertTrue(SiaAdql.of(query("TIME", "60000 +Inf")).contains("((t_max >= 60000.0))"));
        assertTrue(SiaAdql.of(query("TIME", "-Inf +Inf")).contains("(t_min IS NOT NULL)"));
        assertTrue(SiaAdql.of(query("FOV", "0.1 0.2")).contains("((s_fov >= 0.1 AND s_fov <= 0.2))"));
        assertTrue(SiaAdql.of(query("SPATRES", "-Inf 1")).contains("((s_resolution <= 1.0))"));
        assertTrue(SiaAdql.of(query("EXPTIME", "10 +Inf")).contains("((t_exptime >= 10.0))"));
        assertTrue(SiaAdql.of(query("TIMERES", "1 2")).contains("t_resolution >= 1.0"));
        assertTrue(SiaAdql.of(query("SPECRP", "1000 2000")).contains("em_res_power <= 2000.0"));
    }

    @Test
    void textIsQuoted() {
        String adql = SiaAdql.of(query("TARGET", "x' OR 'a'='a", "ID", "ivo://a/ID?b'", "POL", "I"));
        assertTrue(adql.contains("LOWER(target_name) IN ('x'' or ''a''=''a')"), adql);
        assertTrue(adql.contains("obs_publisher_did IN ('ivo://a/ID?b''')"), adql);
        assertTrue(adql.contains("(pol_states LIKE '%/I/%')"), adql);
        assertFalse(adql.contains("OR 'a'"));
    }
}
