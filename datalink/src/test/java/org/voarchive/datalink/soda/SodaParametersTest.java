package org.voarchive.datalink.soda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SodaParametersTest {

    private static final String DID = "ivo://voarchive.example/ID?ADP.2024-03-12T01:24:11.933";

    private static Map<String, List<String>> params(String... nameValue) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.computeIfAbsent(nameValue[i], k -> new ArrayList<>()).add(nameValue[i + 1]);
        }
        return m;
    }

    private static SodaException fails(String... nameValue) {
        return assertThrows(SodaException.class, () -> SodaParameters.parse(params(nameValue)));
    }

    @Test
    void validRequests() {
        CutoutRequest circle = SodaParameters.parse(params("id", DID, "circle", "150 2 0.01", "band", "6.5e-7 +Inf"));
        assertEquals(DID, circle.id());
        assertTrue(circle.region().get() instanceof SkyRegion.Circle c && c.radius() == 0.01);
        assertEquals(new Interval(6.5e-7, Double.POSITIVE_INFINITY), circle.band().get());
        CutoutRequest polygon = SodaParameters.parse(params("ID", DID, "POLYGON", "10 10 11 10 11 11",
                "TIME", "-Inf 60000", "POL", "I", "POL", "V", "RESPONSEFORMAT", "application/fits", "FOO", "bar"));
        assertTrue(polygon.region().get() instanceof SkyRegion.Polygon);
        assertEquals(List.of("I", "V"), polygon.pol());
        assertEquals(60000, polygon.time().get().hi());
        assertFalse(SodaParameters.parse(params("ID", DID)).filters());
    }

    @Test
    void everyMistakeIsAUsageError() {
        String[][] bad = {
            {},
            {"ID", " "},
            {"ID", DID, "CIRCLE", "150 2"},
            {"ID", DID, "CIRCLE", "150 2 x"},
            {"ID", DID, "CIRCLE", "150 2 -1"},
            {"ID", DID, "CIRCLE", "400 2 1"},
            {"ID", DID, "CIRCLE", "150 NaN 1"},
            {"ID", DID, "POLYGON", "10 10 11 10 11"},
            {"ID", DID, "POLYGON", "10 10 11 10"},
            {"ID", DID, "CIRCLE", "150 2 1", "POLYGON", "10 10 11 10 11 11"},
            {"ID", DID, "BAND", "7e-7 6e-7"},
            {"ID", DID, "BAND", "6e-7"},
            {"ID", DID, "BAND", "6e-7 abc"},
            {"ID", DID, "TIME", "NaN 1"},
            {"ID", DID, "POL", "Z"},
            {"ID", DID, "RESPONSEFORMAT", "votable"},
        };
        for (String[] b : bad) {
            SodaException e = fails(b);
            assertEquals(SodaFault.USAGE_ERROR, e.fault(), String.join(" ", b));
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void oneIdAndOneRegionPerRequest() {
        assertEquals(SodaFault.MULTI_VALUED, fails("ID", DID, "ID", DID + "x").fault());
        assertEquals(SodaFault.MULTI_VALUED, fails("ID", DID, "CIRCLE", "1 1 1", "circle", "2 2 1").fault());
        assertEquals(SodaFault.MULTI_VALUED, fails("ID", DID, "BAND", "1 2", "BAND", "3 4").fault());
    }
}
