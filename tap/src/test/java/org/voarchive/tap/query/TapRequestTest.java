package org.voarchive.tap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultFormat;

class TapRequestTest {

    private static TapRequest request(String... pairs) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return TapRequest.from(DaliParameters.of(m), 100, 1000);
    }

    @Test
    void aMinimalQuery() {
        TapRequest r = request("lang", "ADQL", "query", "SELECT TOP 1 * FROM ivoa.obscore");
        assertEquals("SELECT TOP 1 * FROM ivoa.obscore", r.query());
        assertEquals(100, r.maxrec());
        assertEquals(ResultFormat.VOTABLE, r.format());
    }

    @Test
    void everyAdqlVersionAndTheDeprecatedRequestParameter() {
        for (String lang : List.of("ADQL", "adql-2.0", "ADQL-2.1")) {
            assertEquals("q", request("REQUEST", "doQuery", "LANG", lang, "QUERY", "q").query());
        }
    }

    @Test
    void wrongOrMissingParametersAreNamed() {
        assertTrue(assertThrows(DaliException.class, () -> request("QUERY", "q")).getMessage().contains("LANG"));
        assertTrue(assertThrows(DaliException.class, () -> request("LANG", "PQL", "QUERY", "q")).getMessage()
                .contains("'PQL'"));
        assertTrue(assertThrows(DaliException.class, () -> request("LANG", "ADQL")).getMessage().contains("QUERY"));
        assertTrue(assertThrows(DaliException.class, () -> request("REQUEST", "getCapabilities", "LANG", "ADQL",
                "QUERY", "q")).getMessage().contains("doQuery"));
        assertTrue(assertThrows(DaliException.class, () -> request("LANG", "ADQL", "QUERY", "q", "MAXREC", "x"))
                .getMessage().contains("MAXREC"));
    }

    @Test
    void maxrecAndFormat() {
        TapRequest r = request("LANG", "ADQL", "QUERY", "q", "MAXREC", "5000", "RESPONSEFORMAT", "csv");
        assertEquals(1000, r.maxrec());
        assertEquals(ResultFormat.CSV, r.format());
    }
}
