package org.voarchive.facets.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.index.SegmentColumns;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/**
 * Runs a {@link SearchRequest} on the index: the page of products, the total, and drill-sideways counts,
 * in one pass over the products the base query (words, cone, covers, visibility) matches. Each facet
 * filter is evaluated once per segment into a bit set; a product passing every filter is a hit and
 * counts for every facet; a product failing exactly one filter counts for that facet alone, which is what
 * the facet would show were its own filter not made. Visibility is decided at query time against the
 * stored release date, since products become public as time passes. Counts and the page are read from
 * each segment's {@link SegmentColumns}; a large index is split into runs of documents counted on several
 * threads and added up. Recent answers are kept while they are exact (see {@link ResultCache}), so one
 * instance should serve every search of an index. Thread safe.
 */
public final class FacetSearch {

    /** A facet the request restricts: a terms facet, the release state, or a range. */
    private sealed interface Dim permits TermDim, ReleaseDim, RangeDim {
    }

    private record TermDim(TermFacet facet) implements Dim {
    }

    private record ReleaseDim() implements Dim {
    }

    private record RangeDim(RangeFacet facet) implements Dim {
    }

    private final FacetIndex index;
    private final Executor helpers;
    private final int parts;
    private final int splitFrom;
    private final ResultCache cache = new ResultCache();

    /** A search that counts on the calling thread alone. */
    public FacetSearch(FacetIndex index) {
        this(index, Runnable::run, 1, Integer.MAX_VALUE);
    }

    /**
     * A search that splits the products of an index of at least {@code splitFrom} documents into
     * {@code parts} runs, counted at once by the calling thread and tasks given to {@code helpers}. The
     * caller takes any run no helper has started, so a busy or stalled executor makes a search slower,
     * never stuck.
     */
    public FacetSearch(FacetIndex index, Executor helpers, int parts, int splitFrom) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1: " + parts);
        }
        this.index = index;
        this.helpers = helpers;
        this.parts = parts;
        this.splitFrom = splitFrom;
    }

    /**
     * Searches as a caller with the given visibility, at the given time.
     *
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(SearchRequest request, Visibility visibility, Instant now) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            long micros = ProductFields.micros(now);
            SearchResult kept = cache.get(searcher, request, visibility, micros);
            if (kept != null) {
                return kept;
            }
            SearchResult result = search(searcher, request, visibility, now);
            cache.put(searcher, request, visibility, micros, index.nextRelease(searcher, micros), result);
            return result;
        } finally {
            index.release(searcher);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest r, Visibility visibility, Instant now)
            throws IOException {
        Map<Dim, Query> filters = filters(r, now);
        List<Dim> dims = new ArrayList<>(filters.keySet());
        Set<TermFacet> freeTerms = EnumSet.allOf(TermFacet.class);
        Set<RangeFacet> freeRanges = EnumSet.allOf(RangeFacet.class);
        List<Tally.Wanted> sidewaysWanted = new ArrayList<>();
        for (Dim dim : dims) {
            Set<TermFacet> t = EnumSet.noneOf(TermFacet.class);
            Set<RangeFacet> g = EnumSet.noneOf(RangeFacet.class);
            if (dim instanceof TermDim d) {
                t.add(d.facet());
                freeTerms.remove(d.facet());
            } else if (dim instanceof RangeDim d) {
                g.add(d.facet());
                freeRanges.remove(d.facet());
            }
            sidewaysWanted.add(new Tally.Wanted(t, dim instanceof ReleaseDim, g));
        }
        Tally.Wanted allWanted = new Tally.Wanted(freeTerms, !filters.containsKey(new ReleaseDim()), freeRanges);

        int wanted = r.offset() + r.limit();
        boolean scored = wanted > 0 && r.sort() == SortKey.RELEVANCE && !r.words().isEmpty();
        ScoreMode mode = scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        Weight base = searcher.createWeight(searcher.rewrite(LuceneQueries.base(r, visibility, now)), mode, 1f);
        Weight[] filter = new Weight[dims.size()];
        for (int i = 0; i < filter.length; i++) {
            filter[i] = searcher.createWeight(searcher.rewrite(filters.get(dims.get(i))), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }

        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int maxDoc = searcher.getIndexReader().maxDoc();
        int n = maxDoc < splitFrom ? 1 : parts;
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tally[] sideways = new Tally[sidewaysWanted.size()];
            for (int j = 0; j < sideways.length; j++) {
                sideways[j] = new Tally(sidewaysWanted.get(j), now);
            }
            scans.add(new Scan(leaves, (int) ((long) maxDoc * i / n), (int) ((long) maxDoc * (i + 1) / n), base, filter,
                    new Tally(allWanted, now), sideways, wanted == 0 ? null : new TopProducts(wanted, r.sort(), r.descending(), scored)));
        }
        runAll(scans);

        Scan first = scans.get(0);
        Tally all = first.all;
        Tally[] sideways = first.sideways;
        for (Scan other : scans.subList(1, scans.size())) {
            all.add(other.all);
            for (int j = 0; j < sideways.length; j++) {
                sideways[j].add(other.sideways[j]);
            }
            if (first.top != null) {
                first.top.add(other.top);
            }
        }
        List<ProductDocument> products = new ArrayList<>();
        if (first.top != null) {
            StoredFields stored = searcher.storedFields();
            for (int doc : first.top.docs(r.offset())) {
                products.add(ProductFields.fromStored(stored.document(doc)));
            }
        }
        Map<TermFacet, List<TermCount>> terms = new EnumMap<>(TermFacet.class);
        Map<RangeFacet, RangeCounts> ranges = new EnumMap<>(RangeFacet.class);
        freeTerms.forEach(f -> terms.put(f, all.terms(f)));
        freeRanges.forEach(f -> ranges.put(f, all.range(f)));
        List<TermCount> release = filters.containsKey(new ReleaseDim()) ? null : all.release();
        for (int i = 0; i < dims.size(); i++) {
            Dim dim = dims.get(i);
            if (dim instanceof TermDim t) {
                terms.put(t.facet(), sideways[i].terms(t.facet()));
            } else if (dim instanceof RangeDim g) {
                ranges.put(g.facet(), sideways[i].range(g.facet()));
            } else {
                release = sideways[i].release();
            }
        }
        return new SearchResult(all.hits(), r.offset(), r.limit(), products, terms, release, ranges);
    }

    /** Runs every scan: the caller takes them in turn, helpers take the ones it has not reached yet. */
    private void runAll(List<Scan> scans) throws IOException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(scans.size());
        Runnable take = () -> {
            for (int i = next.getAndIncrement(); i < scans.size(); i = next.getAndIncrement()) {
                scans.get(i).runCatching();
                done.countDown();
            }
        };
        for (int i = 1; i < scans.size(); i++) {
            try {
                helpers.execute(take);
            } catch (RejectedExecutionException e) {
                break; // the caller takes the rest
            }
        }
        take.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting");
        }
        for (Scan scan : scans) {
            scan.rethrow();
        }
    }

    /**
     * One run of documents [from, to) of the index, in index order: a product passing every filter is a
     * hit and counts for every facet; one failing exactly one filter counts for that facet alone.
     */
    private final class Scan {
        private final List<LeafReaderContext> leaves;
        private final int from;
        private final int to;
        private final Weight base;
        private final Weight[] filter;
        final Tally all;
        final Tally[] sideways;
        final TopProducts top;
        private Throwable failure;

        Scan(List<LeafReaderContext> leaves, int from, int to, Weight base, Weight[] filter, Tally all, Tally[] sideways,
                TopProducts top) {
            this.leaves = leaves;
            this.from = from;
            this.to = to;
            this.base = base;
            this.filter = filter;
            this.all = all;
            this.sideways = sideways;
            this.top = top;
        }

        void runCatching() {
            try {
                run();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }

        void rethrow() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            } else if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
        }

        private void run() throws IOException {
            for (LeafReaderContext leaf : leaves) {
                int first = Math.max(from - leaf.docBase, 0);
                int end = Math.min(to - leaf.docBase, leaf.reader().maxDoc());
                if (first < end) {
                    leaf(leaf, first, end);
                }
            }
            all.finish();
            for (Tally t : sideways) {
                t.finish();
            }
        }

        private void leaf(LeafReaderContext leaf, int first, int end) throws IOException {
            Scorer scorer = base.scorer(leaf);
            if (scorer == null) {
                return;
            }
            FixedBitSet[] passes = new FixedBitSet[filter.length];
            for (int i = 0; i < filter.length; i++) {
                passes[i] = matches(filter[i], leaf, first, end);
            }
            SegmentColumns columns = index.columns(leaf);
            TopProducts.Leaf hits = top == null ? null : top.leaf(leaf, columns, scorer);
            Tally.Leaf counts = all.leaf(leaf, columns);
            Tally.Leaf[] side = new Tally.Leaf[sideways.length];
            for (int i = 0; i < side.length; i++) {
                side[i] = sideways[i].leaf(leaf, columns);
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.advance(first); doc < end; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int failed = -1;
                boolean twice = false;
                for (int i = 0; i < passes.length && !twice; i++) {
                    if (!passes[i].get(doc)) {
                        twice = failed >= 0;
                        failed = i;
                    }
                }
                if (twice) {
                    continue;
                }
                if (failed >= 0) {
                    side[failed].collect(doc);
                    continue;
                }
                counts.collect(doc);
                for (Tally.Leaf s : side) {
                    s.collect(doc);
                }
                if (hits != null) {
                    hits.collect(doc);
                }
            }
        }
    }

    /** The documents in [first, end) of a segment a filter matches. */
    private static FixedBitSet matches(Weight filter, LeafReaderContext leaf, int first, int end) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        Scorer s = filter.scorer(leaf);
        if (s != null) {
            DocIdSetIterator it = s.iterator();
            for (int doc = it.advance(first); doc < end; doc = it.nextDoc()) {
                bits.set(doc);
            }
        }
        return bits;
    }

    private static Map<Dim, Query> filters(SearchRequest r, Instant now) {
        Map<Dim, Query> filters = new LinkedHashMap<>();
        r.terms().forEach((f, values) -> filters.put(new TermDim(f), LuceneQueries.terms(f.field(), values)));
        Query release = LuceneQueries.release(r.release(), now);
        if (release != null) {
            filters.put(new ReleaseDim(), release);
        }
        r.ranges().forEach((f, range) -> filters.put(new RangeDim(f), LuceneQueries.range(f.field(), range)));
        return filters;
    }
}
