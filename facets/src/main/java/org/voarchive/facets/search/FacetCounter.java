package org.voarchive.facets.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.search.SearchResult.Bucket;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/** Counts facets over the documents a collector gathered. */
final class FacetCounter {

    private FacetCounter() {
    }

    /** The terms facet counts of every dimension, in one pass; null state means an index without facets. */
    static SortedSetDocValuesFacetCounts terms(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
        return state == null ? null : new SortedSetDocValuesFacetCounts(state, hits);
    }

    static List<TermCount> of(SortedSetDocValuesReaderState state, SortedSetDocValuesFacetCounts counts, TermFacet facet)
            throws IOException {
        List<TermCount> out = new ArrayList<>();
        if (counts == null || state.getOrdRange(facet.field()) == null) {
            return out;
        }
        FacetResult r = counts.getAllChildren(facet.field());
        if (r != null) {
            for (LabelAndValue lv : r.labelValues) {
                if (lv.value.longValue() > 0) {
                    out.add(new TermCount(lv.label, lv.value.longValue()));
                }
            }
        }
        out.sort(Comparator.comparingLong(TermCount::count).reversed().thenComparing(TermCount::value));
        return out;
    }

    /** Public and proprietary counts: the release date against the time of the search. */
    static List<TermCount> release(FacetsCollector hits, Instant now) throws IOException {
        long t = ProductFields.micros(now);
        long released = 0;
        long proprietary = 0;
        for (MatchingDocs m : hits.getMatchingDocs()) {
            NumericDocValues dates = DocValues.getNumeric(m.context.reader(), ProductFields.RELEASE);
            DocIdSetIterator it = m.bits.iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (dates.advanceExact(doc)) {
                    if (dates.longValue() <= t) {
                        released++;
                    } else {
                        proprietary++;
                    }
                }
            }
        }
        List<TermCount> out = new ArrayList<>();
        out.add(new TermCount(ReleaseState.PUBLIC.value(), released));
        out.add(new TermCount(ReleaseState.PROPRIETARY.value(), proprietary));
        out.removeIf(c -> c.count() == 0);
        return out;
    }

    /** One range facet's extent and bucket counts; no buckets when no product has a value. */
    static RangeCounts range(FacetsCollector hits, RangeFacet facet) throws IOException {
        double[] edges = facet.storedEdges();
        long[] counts = new long[edges.length + 1];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (MatchingDocs m : hits.getMatchingDocs()) {
            NumericDocValues values = DocValues.getNumeric(m.context.reader(), facet.field());
            DocIdSetIterator it = m.bits.iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (values.advanceExact(doc)) {
                    double v = Double.longBitsToDouble(values.longValue());
                    counts[bucket(edges, v)]++;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        // buckets from the first to the last one holding products: the fixed edges span decades of dates
        int first = 0;
        while (first < counts.length && counts[first] == 0) {
            first++;
        }
        int last = counts.length - 1;
        while (last > first && counts[last] == 0) {
            last--;
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = first; i <= last && i < counts.length; i++) {
            buckets.add(new Bucket(i == 0 ? null : edges[i - 1], i < edges.length ? edges[i] : null, counts[i]));
        }
        return min > max ? new RangeCounts(null, null, buckets) : new RangeCounts(min, max, buckets);
    }

    /** 0 below the first edge, i for edges[i-1] <= v < edges[i], edges.length at or above the last. */
    static int bucket(double[] edges, double v) {
        int i = java.util.Arrays.binarySearch(edges, v);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
