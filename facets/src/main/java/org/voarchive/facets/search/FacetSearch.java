package org.voarchive.facets.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/**
 * Runs a {@link SearchRequest} on the index: the page of products, the total, and drill-sideways counts.
 * One pass with every filter gives the hits and the counts of the facets the request leaves free; each
 * restricted facet gets one more pass with all filters but its own. Visibility is decided at query time
 * against the stored release date, since products become public as time passes. Thread safe.
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

    public FacetSearch(FacetIndex index) {
        this.index = index;
    }

    /**
     * Searches as a caller with the given visibility, at the given time.
     *
     * @throws IOException when the index cannot be read
     */
    public SearchResult search(SearchRequest request, Visibility visibility, Instant now) throws IOException {
        FacetIndex.Snapshot snapshot = index.acquire();
        try {
            return search(snapshot, request, visibility, now);
        } finally {
            index.release(snapshot);
        }
    }

    private SearchResult search(FacetIndex.Snapshot snapshot, SearchRequest r, Visibility visibility, Instant now)
            throws IOException {
        IndexSearcher searcher = snapshot.searcher();
        Query base = LuceneQueries.base(r, visibility, now);
        Map<Dim, Query> filters = filters(r, now);

        int wanted = r.offset() + r.limit();
        FacetsCollectorManager.FacetsResult main = FacetsCollectorManager.search(searcher, and(base, filters, null),
                Math.max(1, wanted), sort(r), r.sort() == SortKey.RELEVANCE, new FacetsCollectorManager());
        FacetsCollector all = main.facetsCollector();
        long total = 0;
        for (FacetsCollector.MatchingDocs m : all.getMatchingDocs()) {
            total += m.totalHits;
        }
        List<ProductDocument> products = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] hits = main.topDocs().scoreDocs;
        for (int i = r.offset(); i < Math.min(wanted, hits.length); i++) {
            products.add(ProductFields.fromStored(stored.document(hits[i].doc)));
        }

        SortedSetDocValuesFacetCounts free = FacetCounter.terms(snapshot.facets(), all);
        Map<TermFacet, List<TermCount>> terms = new EnumMap<>(TermFacet.class);
        for (TermFacet f : TermFacet.values()) {
            Dim dim = new TermDim(f);
            SortedSetDocValuesFacetCounts counts = filters.containsKey(dim)
                    ? FacetCounter.terms(snapshot.facets(), sideways(searcher, base, filters, dim)) : free;
            terms.put(f, FacetCounter.of(snapshot.facets(), counts, f));
        }
        Dim releaseDim = new ReleaseDim();
        List<TermCount> release = FacetCounter.release(
                filters.containsKey(releaseDim) ? sideways(searcher, base, filters, releaseDim) : all, now);
        Map<RangeFacet, RangeCounts> ranges = new EnumMap<>(RangeFacet.class);
        for (RangeFacet f : RangeFacet.values()) {
            Dim dim = new RangeDim(f);
            ranges.put(f, FacetCounter.range(filters.containsKey(dim) ? sideways(searcher, base, filters, dim) : all, f));
        }
        return new SearchResult(total, r.offset(), r.limit(), products, terms, release, ranges);
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

    /** The base query and every filter except the one left out (null: none left out). */
    private static Query and(Query base, Map<Dim, Query> filters, Dim leftOut) {
        if (filters.isEmpty() || filters.size() == 1 && filters.containsKey(leftOut)) {
            return base;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
        filters.forEach((dim, q) -> {
            if (!dim.equals(leftOut)) {
                b.add(q, Occur.FILTER);
            }
        });
        return b.build();
    }

    private static FacetsCollector sideways(IndexSearcher searcher, Query base, Map<Dim, Query> filters, Dim dim)
            throws IOException {
        return searcher.search(and(base, filters, dim), new FacetsCollectorManager());
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
