package org.voarchive.facets.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.facets.search.Products.FUTURE;
import static org.voarchive.facets.search.Products.NOW;
import static org.voarchive.facets.search.Products.PAST;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;

class FacetSearchTest {

    @TempDir
    Path dir;

    private FacetIndex index;
    private FacetSearch search;

    @BeforeEach
    void fill() throws IOException {
        index = FacetIndex.open(dir);
        for (ProductDocument p : List.of(
                Products.spectrum("u1", "UVES", "HD 10700", 26.0, -15.9, 55.0, 480, 680, PAST, "100.A-0001"),
                Products.spectrum("u2", "UVES", "HD 20794", 50.0, -43.1, 120.0, 300, 500, PAST, "100.A-0001"),
                Products.spectrum("u3", "UVES", "NGC 253", 11.9, -25.3, 8.0, 600, 1000, PAST, "100.A-0002"),
                Products.spectrum("secret", "UVES", "HD 10700", 26.0, -15.9, 300.0, 480, 680, FUTURE, "110.B-0001"),
                Products.image("h1", "HAWKI", "NGC 253", 11.9, -25.3, 22.5, LocalDateMjd.of(2024, 3, 2), PAST),
                Products.image("h2", "HAWKI", "Orion field", 83.8, -5.4, 21.0, LocalDateMjd.of(2025, 1, 5), PAST),
                Products.image("h3", "HAWKI", "Polaris", 37.9, 89.26, 19.0, LocalDateMjd.of(2025, 7, 5), PAST))) {
            index.put(p);
        }
        index.commit();
        search = new FacetSearch(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResult run(Map<String, List<String>> parameters) throws Exception {
        return search.search(SearchRequest.parse(parameters), Visibility.PUBLIC_ONLY, NOW);
    }

    private static Set<String> ids(SearchResult r) {
        return r.products().stream().map(p -> p.obsId()).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(List<SearchResult.TermCount> counts) {
        return counts.stream().collect(Collectors.toMap(SearchResult.TermCount::value, SearchResult.TermCount::count));
    }

    @Test
    void unreleasedProductsAreNeitherFoundNorCounted() throws Exception {
        SearchResult r = run(Map.of("q", List.of("")));
        assertEquals(6, r.total());
        assertEquals(Set.of("u1", "u2", "u3", "h1", "h2", "h3"), ids(r));
        assertEquals(Map.of("UVES", 3L, "HAWKI", 3L), counts(r.terms().get(TermFacet.INSTRUMENT)));
        assertEquals(Map.of("public", 6L), counts(r.release()));
        assertEquals(120.0, r.ranges().get(RangeFacet.SNR).max(), "the unreleased product's SNR of 300 is not seen");
        assertEquals(0, run(Map.of("release", List.of("proprietary"))).total());
    }

    @Test
    void entitledCallersAndOperatorsSeeProprietaryProducts() throws Exception {
        SearchRequest all = SearchRequest.parse(Map.of("q", List.of("")));
        SearchResult entitled = search.search(all, new Visibility(Set.of("110.B-0001"), false), NOW);
        assertEquals(7, entitled.total());
        assertEquals(Map.of("public", 6L, "proprietary", 1L), counts(entitled.release()));
        assertEquals(6, search.search(all, new Visibility(Set.of("999.Z-0000"), false), NOW).total());
        assertEquals(7, search.search(all, new Visibility(Set.of(), true), NOW).total());
        assertEquals(7, search.search(all, Visibility.PUBLIC_ONLY, FUTURE.plusSeconds(1)).total(),
                "once its release date passes, the product is public without reindexing");
    }

    @Test
    void drillSidewaysKeepsTheOtherValuesOfAChosenFacetCounted() throws Exception {
        SearchResult r = run(Map.of("instrument", List.of("UVES"), "snr", List.of("50..")));
        assertEquals(Set.of("u1", "u2"), ids(r));
        // instrument counts ignore the instrument choice but keep the snr filter: HAWKI images have no SNR
        assertEquals(Map.of("UVES", 2L), counts(r.terms().get(TermFacet.INSTRUMENT)));
        // snr counts ignore the snr filter but keep the instrument choice: all three UVES spectra
        SearchResult.RangeCounts snr = r.ranges().get(RangeFacet.SNR);
        assertEquals(8.0, snr.min());
        assertEquals(120.0, snr.max());
        assertEquals(3, snr.buckets().stream().mapToLong(SearchResult.Bucket::count).sum());
        // type counts take both filters
        assertEquals(Map.of("spectrum", 2L), counts(r.terms().get(TermFacet.TYPE)));

        SearchResult hawki = run(Map.of("instrument", List.of("HAWKI")));
        assertEquals(3, hawki.total());
        assertEquals(Map.of("UVES", 3L, "HAWKI", 3L), counts(hawki.terms().get(TermFacet.INSTRUMENT)));
        assertEquals(Map.of("image", 3L), counts(hawki.terms().get(TermFacet.TYPE)));
        assertEquals(6, run(Map.of("instrument", List.of("HAWKI", "UVES"))).total(), "values of one facet are OR-ed");
    }

    @Test
    void rangesAreInDisplayUnitsAndDatesAreWholeDays() throws Exception {
        assertEquals(Set.of("u1", "u3"), ids(run(Map.of("covers", List.of("656.28")))));
        assertEquals(Set.of("u1", "u3"), ids(run(Map.of("wavemin", List.of("480..1000")))));
        assertEquals(Set.of("u2"), ids(run(Map.of("wavemax", List.of("..500")))));
        assertEquals(Set.of("h1"), ids(run(Map.of("date", List.of("2024-03-02..2024-03-02")))));
        assertEquals(Set.of("h2", "h3"), ids(run(Map.of("date", List.of("2025-01-01..")))));
        assertEquals(Set.of("h1", "h2"), ids(run(Map.of("maglim", List.of("20..23")))));
        assertEquals(Set.of("h1", "h2", "h3"), ids(run(Map.of("target_class", List.of("unknown"), "type", List.of("image")))));
        assertEquals(Set.of("u1", "u2"), ids(run(Map.of("target_class", List.of("star")))));
    }

    @Test
    void wordsMatchInsideTargetNamesAndTitles() throws Exception {
        assertEquals(Set.of("u3", "h1"), ids(run(Map.of("q", List.of("ngc")))));
        assertEquals(Set.of("u1"), ids(run(Map.of("q", List.of("HD 107")))), "every word must occur");
        assertEquals(Set.of("h2"), ids(run(Map.of("q", List.of("rion")))), "a word may be part of a longer one");
        assertEquals(Set.of("u1", "u2", "u3"), ids(run(Map.of("q", List.of("spectrum")))), "titles are searched");
    }

    @Test
    void coneUsesTheSphereIncludingAroundThePoleAndAcrossZeroRa() throws Exception {
        assertEquals(Set.of("u3", "h1"), ids(run(Map.of("ra", List.of("12"), "dec", List.of("-25"), "radius", List.of("0.5")))));
        // Polaris at dec 89.26 is 0.74 degrees from the pole whatever its ra
        assertEquals(Set.of("h3"), ids(run(Map.of("ra", List.of("217.9"), "dec", List.of("90"), "radius", List.of("0.75")))));
        assertEquals(Set.of(), ids(run(Map.of("ra", List.of("217.9"), "dec", List.of("90"), "radius", List.of("0.7")))));
        // centred at ra 359: NGC 253 (ra 11.9, dec -25.3) is about 11.7 degrees away
        assertEquals(Set.of("u3", "h1"), ids(run(Map.of("ra", List.of("359"), "dec", List.of("-25.3"), "radius", List.of("12")))));
        assertEquals(Set.of(), ids(run(Map.of("ra", List.of("359"), "dec", List.of("-25.3"), "radius", List.of("11")))));
    }

    @Test
    void sortingAndPaging() throws Exception {
        SearchResult bySnr = run(Map.of("type", List.of("spectrum"), "sort", List.of("snr:asc"), "limit", List.of("2")));
        assertEquals(3, bySnr.total());
        assertEquals(List.of("u3", "u1"), bySnr.products().stream().map(ProductDocument::obsId).toList());
        SearchResult next = run(Map.of("type", List.of("spectrum"), "sort", List.of("snr:asc"), "offset", List.of("2")));
        assertEquals(List.of("u2"), next.products().stream().map(ProductDocument::obsId).toList());
        SearchResult byDate = run(Map.of("type", List.of("image"), "sort", List.of("date")));
        assertEquals(List.of("h3", "h2", "h1"), byDate.products().stream().map(ProductDocument::obsId).toList());
        SearchResult counted = run(Map.of("limit", List.of("0")));
        assertEquals(6, counted.total());
        assertTrue(counted.products().isEmpty());
    }

    @Test
    void putAgainReplacesAndDeleteRemoves() throws Exception {
        index.put(Products.spectrum("u1", "ESPRESSO", "HD 10700", 26.0, -15.9, 55.0, 480, 680, PAST, "100.A-0001"));
        index.delete("ivo://test/ID?h3");
        index.refresh();
        SearchResult r = run(Map.of("q", List.of("")));
        assertEquals(5, r.total());
        assertEquals(Map.of("UVES", 2L, "HAWKI", 2L, "ESPRESSO", 1L), counts(r.terms().get(TermFacet.INSTRUMENT)));
        assertEquals(7 - 1, index.fingerprints().size());
    }

    @Test
    void keptAnswersStayExactAsTimePassesAndTheIndexChanges() throws Exception {
        SearchRequest all = SearchRequest.everything();
        assertEquals(6, search.search(all, Visibility.PUBLIC_ONLY, NOW).total());
        assertEquals(6, search.search(all, Visibility.PUBLIC_ONLY, FUTURE.minusNanos(1000)).total());
        assertEquals(7, search.search(all, Visibility.PUBLIC_ONLY, FUTURE).total(), "public from its release date on");
        index.delete("ivo://test/ID?h1");
        index.refresh();
        assertEquals(6, search.search(all, Visibility.PUBLIC_ONLY, FUTURE).total(), "a changed index is searched anew");
        assertEquals(5, search.search(all, Visibility.PUBLIC_ONLY, NOW).total());
    }

    @Test
    void anEmptyIndexAnswersWithNothing() throws Exception {
        try (FacetIndex empty = FacetIndex.open(dir.resolve("empty"))) {
            SearchResult r = new FacetSearch(empty).search(SearchRequest.everything(), Visibility.PUBLIC_ONLY, NOW);
            assertEquals(0, r.total());
            assertTrue(r.terms().get(TermFacet.INSTRUMENT).isEmpty());
            assertNull(r.ranges().get(RangeFacet.SNR).min());
        }
    }

    /** MJD of a date, for readable fixtures. */
    static final class LocalDateMjd {
        static double of(int y, int m, int d) {
            return Mjd.ofDate(LocalDate.of(y, m, d)) + 0.1;
        }
    }
}
