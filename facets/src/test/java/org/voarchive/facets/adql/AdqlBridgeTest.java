package org.voarchive.facets.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voarchive.facets.search.SearchRequest;
import org.voarchive.facets.search.Visibility;

class AdqlBridgeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00.123456Z");
    private static final String SELECT = "SELECT " + AdqlBridge.COLUMNS + " FROM ivoa.obscore WHERE ";
    private static final String RELEASED = "obs_release_date <= '2026-11-21T12:00:00.123456'";

    private static String adql(Map<String, List<String>> parameters, Visibility v) throws Exception {
        return AdqlBridge.adql(SearchRequest.parse(parameters), v, NOW);
    }

    @Test
    void everythingIsEveryReleasedRow() throws Exception {
        assertEquals(SELECT + RELEASED, adql(Map.of("q", List.of("")), Visibility.PUBLIC_ONLY));
        assertEquals("SELECT " + AdqlBridge.COLUMNS + " FROM ivoa.obscore",
                adql(Map.of("q", List.of("")), new Visibility(Set.of(), true)), "operators see every row");
        assertEquals(SELECT + "(" + RELEASED + " OR proposal_id IN ('099.A-0001', '100.B-0002'))",
                adql(Map.of(), new Visibility(Set.of("100.B-0002", "099.A-0001"), false)));
    }

    @Test
    void filtersInObsCoreUnits() throws Exception {
        String a = adql(Map.of("instrument", List.of("UVES"), "level", List.of("3", "2"), "wavemin", List.of("480..680"),
                "covers", List.of("656.28"), "date", List.of("2024-01-01..2024-12-31"), "snr", List.of("..3.5"),
                "release", List.of("public")), Visibility.PUBLIC_ONLY);
        assertTrue(a.contains("instrument_name IN ('UVES')"), a);
        assertTrue(a.contains("calib_level IN (2, 3)"), a);
        assertTrue(a.matches(".*em_min >= 0\\.000000479999\\d* AND em_min <= 0\\.000000680000\\d*.*"), a);
        assertTrue(a.matches(".*em_min <= 0\\.000000656280\\d* AND em_max >= 0\\.000000656279\\d*.*"), a);
        assertTrue(a.contains("t_min >= 60310.0 AND t_min < 60676.0"), a);
        assertTrue(a.contains("snr <= 3.5"), a);
        assertFalse(a.contains("snr >="), a);
        assertTrue(a.endsWith(RELEASED), a);
    }

    @Test
    void wordsConeTargetClassAndSort() throws Exception {
        String a = adql(Map.of("q", List.of("NGC 253"), "ra", List.of("10.5"), "dec", List.of("-25.25"),
                "radius", List.of("0.5"), "target_class", List.of("unknown", "star"), "sort", List.of("snr:asc")),
                Visibility.PUBLIC_ONLY);
        assertTrue(a.contains("(LOWER(target_name) LIKE '%ngc%' OR LOWER(obs_title) LIKE '%ngc%') AND "
                + "(LOWER(target_name) LIKE '%253%' OR LOWER(obs_title) LIKE '%253%')"), a);
        assertTrue(a.contains("CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 10.5, -25.25, 0.5)) = 1"), a);
        assertTrue(a.contains("(target_class IS NULL OR target_class IN ('star', 'unknown'))"), a);
        assertTrue(a.endsWith(" ORDER BY snr ASC"), a);
    }

    @Test
    void quotesInValuesAreDoubled() throws Exception {
        String a = adql(Map.of("collection", List.of("O'Brien's survey")), Visibility.PUBLIC_ONLY);
        assertTrue(a.contains("obs_collection IN ('O''Brien''s survey')"), a);
        assertEquals("'x'' OR ''1''=''1'", AdqlBridge.string("x' OR '1'='1"));
    }

    @Test
    void numbersReadBackAsTheSameDouble() {
        for (double v : new double[] {656.28e-9, 1e-300, 123456789.123, -0.1, 60310}) {
            assertEquals(v, Double.parseDouble(AdqlBridge.number(v)));
            assertFalse(AdqlBridge.number(v).contains("E"), AdqlBridge.number(v));
        }
    }
}
