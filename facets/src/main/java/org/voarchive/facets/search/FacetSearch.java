package org.voarchive.facets.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/**
 * Runs a {@link SearchRequest} on the index: the page of products, the total, and drill-sideways counts,
 * in one pass over the products the base query (words, cone, covers, visibility) matches. Each facet
 * filter is evaluated once per segment into a bit set; a product passing every filter is a hit and
 * counts for every facet; a product failing exactly one filter counts for that facet alone, which is what
 * the facet would show were its own filter not made. Visibility is decided at query time against the
 * stored release date, since products become public as time passes. Recent answers are kept while they
 * are exact (see {@link ResultCache}), so one instance should serve every search of an index. Thread safe.
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
    private final ResultCache cache = new ResultCache();

    public FacetSearch(FacetIndex index) {
        this.index = index;
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
            cache.put(searcher, request, visibility, micros, result);
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
        Tally[] sideways = new Tally[dims.size()];
        for (int i = 0; i < dims.size(); i++) {
            Dim dim = dims.get(i);
            Set<TermFacet> t = EnumSet.noneOf(TermFacet.class);
            Set<RangeFacet> g = EnumSet.noneOf(RangeFacet.class);
            if (dim instanceof TermDim d) {
                t.add(d.facet());
                freeTerms.remove(d.facet());
            } else if (dim instanceof RangeDim d) {
                g.add(d.facet());
                freeRanges.remove(d.facet());
            }
            sideways[i] = new Tally(new Tally.Wanted(t, dim instanceof ReleaseDim, g), now);
        }
        Tally all = new Tally(new Tally.Wanted(freeTerms, !filters.containsKey(new ReleaseDim()), freeRanges), now);

        int wanted = r.offset() + r.limit();
        // every match is needed for the counts: no early termination, so no threshold on total hits
        TopFieldCollector top = wanted == 0 ? null
                : new TopFieldCollectorManager(sort(r), wanted, null, Integer.MAX_VALUE).newCollector();
        ScoreMode mode = top != null && top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        Weight base = searcher.createWeight(searcher.rewrite(LuceneQueries.base(r, visibility, now)), mode, 1f);
        Weight[] filter = new Weight[dims.size()];
        for (int i = 0; i < filter.length; i++) {
            filter[i] = searcher.createWeight(searcher.rewrite(filters.get(dims.get(i))), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = base.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            FixedBitSet[] passes = new FixedBitSet[filter.length];
            for (int i = 0; i < filter.length; i++) {
                passes[i] = matches(filter[i], leaf);
            }
            LeafCollector hits = null;
            if (top != null) {
                hits = top.getLeafCollector(leaf);
                hits.setScorer(scorer);
            }
            Tally.Leaf counts = all.leaf(leaf);
            Tally.Leaf[] side = new Tally.Leaf[sideways.length];
            for (int i = 0; i < side.length; i++) {
                side[i] = sideways[i].leaf(leaf);
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
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
            if (hits != null) {
                hits.finish();
            }
        }
        all.finish();
        for (Tally t : sideways) {
            t.finish();
        }

        List<ProductDocument> products = new ArrayList<>();
        if (top != null) {
            ScoreDoc[] page = top.topDocs().scoreDocs;
            StoredFields stored = searcher.storedFields();
            for (int i = r.offset(); i < page.length; i++) {
                products.add(ProductFields.fromStored(stored.document(page[i].doc)));
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

    /** The documents of a segment a filter matches. */
    private static FixedBitSet matches(Weight filter, LeafReaderContext leaf) throws IOException {
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        Scorer s = filter.scorer(leaf);
        if (s != null) {
            bits.or(s.iterator());
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

    private static Sort sort(SearchRequest r) {
        SortField id = new SortField(ProductFields.ID, SortField.Type.STRING);
        if (r.sort() == SortKey.RELEVANCE) {
            return new Sort(SortField.FIELD_SCORE, id);
        }
        SortField field = new SortField(r.sort().field(), SortField.Type.DOUBLE, r.descending());
        // products without the value come last either way
        field.setMissingValue(r.descending() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        return new Sort(field, id);
    }
}
