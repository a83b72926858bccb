package org.voarchive.sia.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultFormat;

class SiaQueryTest {

    /** Name, value pairs; a name may repeat. */
    static SiaQuery query(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return SiaQuery.from(DaliParameters.of(map), 1000, 5000);
    }

    static String error(String... pairs) {
        return assertThrows(DaliException.class, () -> query(pairs)).getMessage();
    }

    @Test
    void threeShapesOfPos() {
        assertEquals(List.of(new SkyRegion.Circle(10, -5, 0.5)), query("POS", "CIRCLE 10 -5 0.5").pos());
        assertEquals(List.of(new SkyRegion.Range(0, 360, -2, 2)), query("POS", "RANGE -Inf +Inf -2 2").pos());
        assertEquals(List.of(new SkyRegion.Polygon(List.of(1.0, 1.0, 2.0, 1.0, 2.0, 2.0))),
                query("pos", "polygon 1 1  2 1 2 2").pos());
        assertEquals(2, query("POS", "CIRCLE 1 1 1", "POS", "CIRCLE 2 2 1").pos().size());
    }

    @Test
    void badPosSaysWhatIsWrong() {
        assertTrue(error("POS", "CIRCLE 1 2").contains("CIRCLE ra dec radius"));
        assertTrue(error("POS", "CIRCLE 1 2 0").contains("radius must be above 0"));
        assertTrue(error("POS", "CIRCLE 1 100 1").contains("-90 <= dec <= 90"));
        assertTrue(error("POS", "CIRCLE +Inf 1 1").contains("only a RANGE"));
        assertTrue(error("POS", "RANGE 10 5 0 1").contains("0 <= ra1 <= ra2 <= 360"));
        assertTrue(error("POS", "RANGE 10 200 0 1").contains("less than 180 degrees"));
        assertTrue(error("POS", "POLYGON 1 1 2 2").contains("POLYGON ra1 dec1"));
        assertTrue(error("POS", "POLYGON 1 1 2 2 3").contains("POLYGON ra1 dec1"));
        assertTrue(error("POS", "BOX 1 1 1 1").contains("CIRCLE, RANGE or POLYGON"));
        assertTrue(error("POS", "CIRCLE a 1 1").contains("'a' is not a number"));
    }

    @Test
    void intervalsWithInfinitiesAndSingleValues() {
        assertEquals(List.of(new Interval(1e-6, 2e-6)), query("BAND", "1e-6 2e-6").band());
        assertEquals(List.of(new Interval(Double.NEGATIVE_INFINITY, 2e-6)), query("BAND", "-Inf 2e-6").band());
        assertEquals(List.of(new Interval(60000, 60000)), query("TIME", "60000").time());
        assertEquals(List.of(new Interval(10, Double.POSITIVE_INFINITY)), query("EXPTIME", "10 +Inf").exptime());
        assertTrue(error("BAND", "2e-6 1e-6").contains("ends before it starts"));
        assertTrue(error("BAND", "-Inf -1").contains("above 0 metres"));
        assertTrue(error("TIME", "1 2 3").contains("interval 'lo hi'"));
        assertTrue(error("FOV", "wide").contains("FOV: 'wide' is not a number"));
        assertTrue(error("SPECRP", "NaN 1").contains("SPECRP"));
    }

    @Test
    void enumeratedAndTextParameters() {
        SiaQuery q = query("POL", "q", "DPTYPE", "Cube", "CALIB", "2", "CALIB", "3", "INSTRUMENT", "HAWKI",
                "INSTRUMENT", "UVES", "INSTRUMENT", "HAWKI", "ID", "ivo://x/ID?a", "TARGET", "NGC 253");
        assertEquals(List.of("Q"), q.pol());
        assertEquals(List.of("cube"), q.dptypes());
        assertEquals(List.of(2, 3), q.calib());
        assertEquals(List.of("HAWKI", "UVES"), q.instruments(), "repeated values count once");
        assertTrue(error("POL", "Z").contains("POL must be one of"));
        assertTrue(error("DPTYPE", "movie").contains("DPTYPE"));
        assertTrue(error("CALIB", "5").contains("from 0 to 4"));
        assertTrue(error("CALIB", "two").contains("CALIB"));
        assertTrue(error("COLLECTION", "a\nb").contains("printable"));
    }

    @Test
    void formatIsTheImagesFormatNotTheResponses() {
        SiaQuery q = query("FORMAT", "application/fits");
        assertEquals(List.of("application/fits"), q.formats());
        assertEquals(ResultFormat.VOTABLE, q.responseFormat());
        assertEquals(ResultFormat.VOTABLE_BINARY2, query("RESPONSEFORMAT", "votable/b2").responseFormat());
        assertEquals(5000, query("MAXREC", "1000000").maxrec());
        assertTrue(error("RESPONSEFORMAT", "pdf").contains("RESPONSEFORMAT 'pdf' is not supported"));
    }
}
