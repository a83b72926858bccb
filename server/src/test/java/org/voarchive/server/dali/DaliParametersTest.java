package org.voarchive.server.dali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaliParametersTest {

    @Test
    void namesAreCaseInsensitiveAcrossSources() {
        DaliParameters p = DaliParameters.of(Map.of("query", List.of("SELECT 1")), Map.of("Lang", List.of("ADQL")));
        assertEquals("SELECT 1", p.required("QUERY"));
        assertEquals("ADQL", p.required("lang"));
    }

    @Test
    void repeatedSingleValuesMustAgree() {
        DaliParameters same = DaliParameters.of(Map.of("LANG", List.of("ADQL")), Map.of("lang", List.of("ADQL")));
        assertEquals("ADQL", same.required("LANG"));
        DaliParameters different = DaliParameters.of(Map.of("LANG", List.of("ADQL", "PQL")));
        DaliException e = assertThrows(DaliException.class, () -> different.single("LANG"));
        assertTrue(e.getMessage().contains("LANG"), e.getMessage());
    }

    @Test
    void missingRequiredParameterIsNamed() {
        DaliException e = assertThrows(DaliException.class, () -> DaliParameters.of(Map.of()).required("query"));
        assertEquals("the QUERY parameter is missing", e.getMessage());
        assertTrue(DaliParameters.of(Map.of("QUERY", List.of("  "))).single("QUERY").isEmpty());
    }

    @Test
    void maxrecHasADefaultAndAHardLimit() {
        assertEquals(100, DaliParameters.of(Map.of()).maxrec(100, 1000));
        assertEquals(5, DaliParameters.of(Map.of("maxrec", List.of("5"))).maxrec(100, 1000));
        assertEquals(0, DaliParameters.of(Map.of("MAXREC", List.of("0"))).maxrec(100, 1000));
        assertEquals(1000, DaliParameters.of(Map.of("MAXREC", List.of("99999999"))).maxrec(100, 1000));
        for (String bad : List.of("-1", "ten", "1.5", "9999999999999999999999")) {
            DaliException e = assertThrows(DaliException.class,
                    () -> DaliParameters.of(Map.of("MAXREC", List.of(bad))).maxrec(100, 1000));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void responseFormatByMimeTypeOrAliasOrOldName() {
        assertEquals(ResultFormat.VOTABLE, DaliParameters.of(Map.of()).responseFormat());
        assertEquals(ResultFormat.CSV, DaliParameters.of(Map.of("RESPONSEFORMAT", List.of("csv"))).responseFormat());
        assertEquals(ResultFormat.FITS, DaliParameters.of(Map.of("FORMAT", List.of("application/fits"))).responseFormat());
        DaliException e = assertThrows(DaliException.class,
                () -> DaliParameters.of(Map.of("RESPONSEFORMAT", List.of("image/gif"))).responseFormat());
        assertTrue(e.getMessage().contains("image/gif") && e.getMessage().contains("text/csv"), e.getMessage());
    }
}
