package org.voarchive.facets.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.voarchive.facets.search.Products.NOW;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;

/**
 * A search split into runs counted on several threads answers exactly as one thread does, and both as
 * the products themselves say: an index in several segments, with replaced and deleted products, values
 * shared by many products (so order falls to the publisher DID).
 */
class ParallelSearchTest {

    private static final String[] INSTRUMENTS = {"UVES", "HARPS", "HAWKI", "MUSE"};

    @TempDir
    static Path dir;

    private static FacetIndex index;
    private static ExecutorService pool;
    /** What the index holds, by publisher DID. */
    private static final Map<String, ProductDocument> held = new TreeMap<>();

    @BeforeAll
    static void fill() throws IOException {
        index = FacetIndex.open(dir);
        pool = Executors.newFixedThreadPool(3);
        SplittableRandom random = new SplittableRandom(5);
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            put(product(i, random));
            if (i % 15_000 == 14_999) {
                index.refresh(); // another segment
            }
        }
        for (int i = 0; i < n; i += 97) {
            put(product(i, random)); // replaced: the old document is deleted in its segment
        }
        for (int i = 5; i < n; i += 101) {
            String id = "ivo://test/ID?p" + i;
            index.delete(id);
            held.remove(id);
        }
        index.commit();
    }

    private static void put(ProductDocument p) throws IOException {
        index.put(p);
        held.put(p.id(), p);
    }

    @AfterAll
    static void close() throws IOException {
        pool.shutdown();
        index.close();
    }

    private static ProductDocument product(int i, SplittableRandom r) {
        String instrument = INSTRUMENTS[r.nextInt(INSTRUMENTS.length)];
        boolean image = instrument.equals("HAWKI");
        Double snr = image ? null : (double) (1 + r.nextInt(60)); // whole numbers: many ties
        Instant released = NOW.minusSeconds(400L * 86400).plusSeconds(r.nextLong(800L * 86400));
        return new ProductDocument("ivo://test/ID?p" + i, "p" + i, "T" + (i % 500) + " " + instrument, "T" + (i % 500),
                r.nextBoolean() ? "star" : null, instrument, instrument, image ? "image" : "spectrum", 1 + r.nextInt(3),
                String.format("1%02d.A-%04d", r.nextInt(20), r.nextInt(50)), r.nextDouble() * 360, r.nextDouble() * 180 - 90,
                snr, image ? null : 1000 + r.nextDouble() * 150_000, (300 + r.nextDouble() * 200) * 1e-9,
                (700 + r.nextDouble() * 1800) * 1e-9, Math.exp(r.nextDouble() * 8), image ? 18 + r.nextDouble() * 6 : null,
                57000 + r.nextDouble() * 4000, released, "http://x/files/p" + i + ".fits", null);
    }

    private static SearchResult search(FacetSearch search, Map<String, List<String>> parameters) throws Exception {
        return search.search(SearchRequest.parse(parameters), Visibility.PUBLIC_ONLY, NOW);
    }

    private static final List<Map<String, List<String>>> SEARCHES = List.of(
            Map.of(),
            Map.of("instrument", List.of("UVES", "MUSE"), "level", List.of("2")),
            Map.of("snr", List.of("20..40"), "sort", List.of("snr")),
            Map.of("snr", List.of("20..40"), "sort", List.of("snr:asc"), "offset", List.of("30")),
            Map.of("type", List.of("image"), "sort", List.of("maglim"), "release", List.of("public")),
            Map.of("q", List.of("T42"), "limit", List.of("50")),
            Map.of("covers", List.of("656"), "resolution", List.of("100000.."), "sort", List.of("resolution")),
            Map.of("target_class", List.of("unknown"), "date", List.of("2015-06-01..2016-06-01"), "sort", List.of("date:asc")));

    @Test
    void runsOnSeveralThreadsAnswerAsOneThread() throws Exception {
        FacetSearch one = new FacetSearch(index);
        FacetSearch threads = new FacetSearch(index, pool, 3, 0);
        FacetSearch inline = new FacetSearch(index, Runnable::run, 4, 0);
        for (Map<String, List<String>> parameters : SEARCHES) {
            SearchResult expected = search(one, parameters);
            assertEquals(expected, search(threads, parameters), "three threads: " + parameters);
            assertEquals(expected, search(inline, parameters), "four runs on the calling thread: " + parameters);
        }
    }

    @Test
    void countsExtentsAndOrderAreThoseOfTheProducts() throws Exception {
        FacetSearch threads = new FacetSearch(index, pool, 3, 0);
        Predicate<ProductDocument> visible = p -> !p.releaseDate().isAfter(NOW);
        Predicate<ProductDocument> uvesOrMuse = p -> p.instrument().equals("UVES") || p.instrument().equals("MUSE");
        Predicate<ProductDocument> level2 = p -> p.level() == 2;

        SearchResult r = search(threads, SEARCHES.get(1));
        assertEquals(count(visible.and(uvesOrMuse).and(level2)), r.total());
        // drill sideways: the instrument counts keep the level filter only
        Map<String, Long> instruments = held.values().stream().filter(visible.and(level2))
                .collect(Collectors.groupingBy(ProductDocument::instrument, Collectors.counting()));
        assertEquals(instruments, r.terms().get(TermFacet.INSTRUMENT).stream()
                .collect(Collectors.toMap(SearchResult.TermCount::value, SearchResult.TermCount::count)));
        List<Double> snrs = held.values().stream().filter(visible.and(uvesOrMuse).and(level2))
                .map(ProductDocument::snr).filter(v -> v != null).sorted().toList();
        assertEquals(snrs.get(0), r.ranges().get(RangeFacet.SNR).min());
        assertEquals(snrs.get(snrs.size() - 1), r.ranges().get(RangeFacet.SNR).max());
        assertEquals(first(visible.and(uvesOrMuse).and(level2), Comparator.comparing(ProductDocument::id), 0, SearchRequest.DEFAULT_LIMIT),
                ids(r), "without words, relevance is a tie: by publisher DID");

        Predicate<ProductDocument> snr20to40 = p -> p.snr() != null && p.snr() >= 20 && p.snr() <= 40;
        Comparator<ProductDocument> bySnr = Comparator.comparing(ProductDocument::snr);
        assertEquals(first(visible.and(snr20to40), bySnr.reversed().thenComparing(ProductDocument::id), 0, SearchRequest.DEFAULT_LIMIT),
                ids(search(threads, SEARCHES.get(2))));
        assertEquals(first(visible.and(snr20to40), bySnr.thenComparing(ProductDocument::id), 30, SearchRequest.DEFAULT_LIMIT),
                ids(search(threads, SEARCHES.get(3))));
    }

    private static long count(Predicate<ProductDocument> p) {
        return held.values().stream().filter(p).count();
    }

    private static List<String> first(Predicate<ProductDocument> p, Comparator<ProductDocument> order, int offset, int limit) {
        return held.values().stream().filter(p).sorted(order).skip(offset).limit(limit).map(ProductDocument::id).toList();
    }

    private static List<String> ids(SearchResult r) {
        return new ArrayList<>(r.products().stream().map(ProductDocument::id).toList());
    }
}
