package org.voarchive.facets.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest parse(String... pairs) throws BadSearchParameter {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return SearchRequest.parse(m);
    }

    private static String error(String... pairs) {
        return assertThrows(BadSearchParameter.class, () -> parse(pairs)).getMessage();
    }

    @Test
    void anEmptyQueryIsEverythingByRelevance() throws Exception {
        SearchRequest r = parse("q", "");
        assertTrue(r.words().isEmpty());
        assertTrue(r.terms().isEmpty());
        assertEquals(SortKey.RELEVANCE, r.sort());
        assertEquals(0, r.offset());
        assertEquals(SearchRequest.DEFAULT_LIMIT, r.limit());
    }

    @Test
    void wordsAreSplitAndLowerCasedAsTheIndexDoes() throws Exception {
        assertEquals(List.of("hd", "10700", "uves"), parse("q", "HD-10700  (UVES)").words());
    }

    @Test
    void termsRepeatAndRangesHoldStoredUnits() throws Exception {
        SearchRequest r = parse("instrument", "UVES", "instrument", "HAWKI", "level", "2", "wavemin", "480..680.5",
                "snr", "50..", "covers", "656.28", "date", "2026-03-01..2026-03-31", "release", "public");
        assertEquals(Set.of("UVES", "HAWKI"), r.terms().get(TermFacet.INSTRUMENT));
        assertEquals(Set.of("2"), r.terms().get(TermFacet.LEVEL));
        ValueRange band = r.ranges().get(RangeFacet.WAVEMIN);
        assertTrue(band.low() < 4.8e-7 && band.low() > 4.79999e-7, "metres, a hair wider: " + band.low());
        assertTrue(band.high() > 6.805e-7 && band.high() < 6.80501e-7, "metres, a hair wider: " + band.high());
        assertTrue(500 * 1e-9 <= parse("wavemax", "..500").ranges().get(RangeFacet.WAVEMAX).high(),
                "500 nm stored as 500 * 1e-9 is within ..500");
        assertEquals(50.0, r.ranges().get(RangeFacet.SNR).low());
        assertNull(r.ranges().get(RangeFacet.SNR).high());
        assertTrue(r.covers().low() < 656.28e-9 && r.covers().high() > 656.28e-9);
        assertEquals(656.28e-9, r.covers().low(), 1e-18);
        ValueRange march = r.ranges().get(RangeFacet.DATE);
        assertEquals(Mjd.ofDate(LocalDate.of(2026, 3, 1)), march.low());
        assertEquals(Mjd.ofDate(LocalDate.of(2026, 4, 1)), march.high(), "the last day is included whole");
        assertTrue(march.highExclusive());
        assertEquals(Set.of(ReleaseState.PUBLIC), r.release());
    }

    @Test
    void coneSortAndPaging() throws Exception {
        SearchRequest r = parse("ra", "10.5", "dec", "-20", "radius", "0.1", "sort", "snr:asc", "offset", "50", "limit", "0");
        assertEquals(new Cone(10.5, -20, 0.1), r.cone());
        assertEquals(SortKey.SNR, r.sort());
        assertFalse(r.descending());
        assertEquals(50, r.offset());
        assertEquals(0, r.limit());
        assertTrue(parse("sort", "date").descending(), "dates sort newest first by default");
    }

    @Test
    void badValuesNameTheParameter() {
        assertTrue(error("colour", "red").contains("unknown parameter 'colour'"));
        assertTrue(error("snr", "high").contains("'snr' must be a range"));
        assertTrue(error("snr", "a..b").contains("'snr' must be a number"));
        assertTrue(error("snr", "..").contains("'snr' needs at least one bound"));
        assertTrue(error("snr", "5..1").contains("'snr' has its minimum above its maximum"));
        assertTrue(error("snr", "NaN..").contains("'snr' must be a number"));
        assertTrue(error("snr", "1..", "snr", "2..").contains("'snr' may be given only once"));
        assertTrue(error("date", "2026-02-30..").contains("'date' needs ISO dates"));
        assertTrue(error("date", "2026-03-02..2026-03-01").contains("'date' starts after it ends"));
        assertTrue(error("level", "5").contains("'level'"));
        assertTrue(error("instrument", " ").contains("'instrument' needs a value"));
        assertTrue(error("release", "embargoed").contains("'release'"));
        assertTrue(error("ra", "1", "dec", "1").contains("go together"));
        assertTrue(error("ra", "361", "dec", "1", "radius", "1").contains("'ra'"));
        assertTrue(error("ra", "1", "dec", "-91", "radius", "1").contains("'dec'"));
        assertTrue(error("ra", "1", "dec", "1", "radius", "0").contains("'radius'"));
        assertTrue(error("sort", "colour").contains("'sort' must be one of relevance, date"));
        assertTrue(error("sort", "snr:up").contains(":asc or :desc"));
        assertTrue(error("limit", "501").contains("'limit' must be a whole number from 0 to 500"));
        assertTrue(error("offset", "-1").contains("'offset'"));
        assertTrue(error("covers", "0").contains("'covers'"));
        assertTrue(error("q", "a b c d e f g h i j k l m n o p q").contains("'q' has 17 words"));
    }
}
