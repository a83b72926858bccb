package org.voarchive.ssa.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultFormat;

class SsaQueryTest {

    static final SsaLimits LIMITS = new SsaLimits(0.1, 10, 1000, 5000);

    static SsaQuery query(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("REQUEST", List.of("queryData"));
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return SsaQuery.from(DaliParameters.of(map), LIMITS);
    }

    static String error(String... pairs) {
        return assertThrows(DaliException.class, () -> query(pairs)).getMessage();
    }

    @Test
    void positionWithDefaultAndGivenSize() {
        Cone c = query("POS", "10.5,-20.25;ICRS").cone().orElseThrow();
        assertEquals(new Cone(10.5, -20.25, 0.1), c);
        assertEquals(0.5, query("pos", " 1 , 2 ", "size", "0.5").cone().orElseThrow().size());
    }

    @Test
    void badPositionsAndSizesSayWhatIsWrong() {
        assertTrue(error("POS", "10").contains("'ra,dec'"));
        assertTrue(error("POS", "a,b").contains("POS right ascension must be a decimal number"));
        assertTrue(error("POS", "360,0").contains("from 0 to 360"));
        assertTrue(error("POS", "1,-91").contains("from -90 to 90"));
        assertTrue(error("POS", "1,1;FK5").contains("frame 'FK5'"));
        assertTrue(error("POS", "NaN,1").contains("decimal number"));
        assertTrue(error("POS", "1,1", "SIZE", "0").contains("SIZE must be above 0 and at most 20.0"));
        assertTrue(error("POS", "1,1", "SIZE", "21").contains("SIZE"));
    }

    @Test
    void requestIsRequiredAndVersionMustBeOne() {
        assertTrue(assertThrows(DaliException.class, () -> SsaQuery.from(DaliParameters.of(Map.of()), LIMITS))
                .getMessage().contains("REQUEST parameter is missing"));
        assertTrue(error("REQUEST", "getData").contains("REQUEST 'getData' is not supported"));
        assertTrue(error("VERSION", "2.0").contains("VERSION 2.0"));
        assertEquals(1000, query("VERSION", "1.1").maxrec());
    }

    @Test
    void bandValuesRangesAndLists() {
        assertEquals(List.of(Range.of(6.5628e-7)), query("BAND", "6.5628e-7").bands());
        assertEquals(List.of(new Range(5e-7, 6e-7)), query("BAND", "5e-7/6e-7;observer").bands());
        assertEquals(List.of(new Range(5e-7, Double.POSITIVE_INFINITY), new Range(Double.NEGATIVE_INFINITY, 3e-7)),
                query("BAND", "5e-7/,/3e-7").bands());
        assertTrue(error("BAND", "optical").contains("band names are not supported"));
        assertTrue(error("BAND", "6e-7/5e-7").contains("ends before it starts"));
        assertTrue(error("BAND", "/").contains("a value or a range"));
        assertTrue(error("BAND", "1/2/3").contains("a value or a range"));
        assertTrue(error("BAND", "-1e-7").contains("above 0"));
        assertTrue(error("BAND", "5e-7;source").contains("observer frame"));
    }

    @Test
    void timeIsIsoUtcTurnedIntoMjd() {
        Range r = query("TIME", "2024-01-01/2024-01-02T12:00:00Z").times().get(0);
        assertEquals(60310.0, r.lo(), 1e-9);
        assertEquals(60311.5, r.hi(), 1e-9);
        assertTrue(query("TIME", "2024-01-01/").times().get(0).openAbove());
        assertEquals(60310.25, query("TIME", "2024-01-01T06:00:00.000").times().get(0).lo(), 1e-9);
        assertTrue(error("TIME", "yesterday").contains("ISO 8601"));
        assertTrue(error("TIME", "2024-13-01").contains("ISO 8601"));
    }

    @Test
    void formatsSelectMimeTypesOrMetadata() {
        assertEquals(List.of(), query("FORMAT", "all").formats());
        assertEquals(List.of("application/fits"), query("FORMAT", "compliant").formats());
        assertEquals(List.of("application/fits", "application/x-votable+xml"), query("FORMAT", "fits,votable").formats());
        assertEquals(List.of("image/png", "image/jpeg", "image/gif"), query("FORMAT", "graphic").formats());
        assertTrue(query("FORMAT", "metadata").metadata());
        // the VOTable forms are made from the FITS spectra, so the database is asked for those
        assertTrue(query("FORMAT", "votable").votableForms());
        assertEquals(List.of("application/x-votable+xml", "application/fits"), query("FORMAT", "votable").storedFormats());
        assertFalse(query("FORMAT", "votable").wantsStored("application/fits"));
        assertTrue(query("FORMAT", "votable").wantsVoTableOf("application/fits"));
        assertTrue(query("FORMAT", "all").votableForms());
        assertTrue(query("FORMAT", "all").wantsStored("application/fits"));
        assertEquals(List.of(), query("FORMAT", "all").storedFormats());
        assertFalse(query("FORMAT", "native").votableForms());
        assertFalse(query("FORMAT", "fits").votableForms());
        assertFalse(query("FORMAT", "fits").wantsVoTableOf("application/fits"));
        assertTrue(error("FORMAT", "pdf please").contains("FORMAT must be one of"));
        // FORMAT is the datasets' format; the response's format is RESPONSEFORMAT alone
        assertEquals(ResultFormat.VOTABLE, query("FORMAT", "fits").responseFormat());
        assertEquals(ResultFormat.CSV, query("RESPONSEFORMAT", "csv").responseFormat());
        assertTrue(error("RESPONSEFORMAT", "pdf").contains("RESPONSEFORMAT 'pdf'"));
    }

    @Test
    void minimaTextAndRedshift() {
        SsaQuery q = query("SNR", "10", "SPECRP", "40000", "TARGETNAME", " HD 1 ", "COLLECTION", "UVES, HAWKI",
                "REDSHIFT", "0.1/0.2");
        assertEquals(10, q.minSnr().getAsDouble());
        assertEquals(40000, q.minResolvingPower().getAsDouble());
        assertEquals("HD 1", q.targetName().orElseThrow());
        assertEquals(List.of("UVES", "HAWKI"), q.collections());
        assertEquals("0.1/0.2", q.redshift().orElseThrow());
        assertTrue(error("SNR", "-3").contains("SNR must be 0 or more"));
        assertTrue(error("SPECRP", "high").contains("SPECRP (a minimum) must be a decimal number"));
        assertTrue(error("REDSHIFT", "z").contains("REDSHIFT"));
        assertTrue(error("TARGETNAME", "a\u0000b").contains("printable"));
        assertTrue(error("MAXREC", "-1").contains("MAXREC"));
        assertEquals(5000, query("MAXREC", "99999").maxrec());
    }
}
