package org.voarchive.facets.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.search.SearchResult.Bucket;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/**
 * Counts products and the facets asked for, straight from doc values: per segment, terms by ordinal
 * (names looked up once per segment), ranges by bucket with their extent, the release state against
 * the time of the search. Not thread safe: one tally per search.
 */
final class Tally {

    /** The facets one pass counts. */
    record Wanted(Set<TermFacet> terms, boolean release, Set<RangeFacet> ranges) {
    }

    private final Wanted wanted;
    private final long now;
    private long hits;
    private final Map<TermFacet, Map<String, Long>> terms = new EnumMap<>(TermFacet.class);
    private final Map<RangeFacet, long[]> buckets = new EnumMap<>(RangeFacet.class);
    private final Map<RangeFacet, double[]> extents = new EnumMap<>(RangeFacet.class);
    private final long[] release = new long[2];
    private Leaf pending;

    private Tally(Wanted wanted, long nowMicros) {
        this.wanted = wanted;
        this.now = nowMicros;
        for (TermFacet f : wanted.terms()) {
            terms.put(f, new HashMap<>());
        }
        for (RangeFacet f : wanted.ranges()) {
            buckets.put(f, new long[f.storedEdges().length + 1]);
            extents.put(f, new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        }
    }

    Tally(Wanted wanted, Instant now) {
        this(wanted, ProductFields.micros(now));
    }

    /** Starts counting a segment; the previous one is done. */
    Leaf leaf(LeafReaderContext context) throws IOException {
        finish();
        pending = new Leaf(context);
        return pending;
    }

    /** Ends the last segment. */
    void finish() throws IOException {
        if (pending != null) {
            pending.flush();
            pending = null;
        }
    }

    /** The segment being collected: ordinal counts by terms facet, doc values by range. */
    final class Leaf {
        private final TermFacet[] termFacets = wanted.terms().toArray(new TermFacet[0]);
        private final SortedDocValues[] ords = new SortedDocValues[termFacets.length];
        private final int[][] ordCounts = new int[termFacets.length][];
        private final RangeFacet[] rangeFacets = wanted.ranges().toArray(new RangeFacet[0]);
        private final NumericDocValues[] values = new NumericDocValues[rangeFacets.length];
        private final double[][] edges = new double[rangeFacets.length][];
        private final long[][] counts = new long[rangeFacets.length][];
        private final double[][] extent = new double[rangeFacets.length][];
        private final NumericDocValues released;

        Leaf(LeafReaderContext context) throws IOException {
            for (int i = 0; i < termFacets.length; i++) {
                ords[i] = DocValues.getSorted(context.reader(), termFacets[i].field());
                ordCounts[i] = new int[ords[i].getValueCount()];
            }
            for (int i = 0; i < rangeFacets.length; i++) {
                values[i] = DocValues.getNumeric(context.reader(), ProductFields.countField(rangeFacets[i].field()));
                edges[i] = rangeFacets[i].storedEdges();
                counts[i] = buckets.get(rangeFacets[i]);
                extent[i] = extents.get(rangeFacets[i]);
            }
            released = wanted.release() ? DocValues.getNumeric(context.reader(), ProductFields.RELEASE) : null;
        }

        void collect(int doc) throws IOException {
            hits++;
            for (int i = 0; i < ords.length; i++) {
                if (ords[i].advanceExact(doc)) {
                    ordCounts[i][ords[i].ordValue()]++;
                }
            }
            for (int i = 0; i < values.length; i++) {
                double v;
                if (values[i].advanceExact(doc) && !Double.isNaN(v = Double.longBitsToDouble(values[i].longValue()))) {
                    counts[i][bucket(edges[i], v)]++;
                    if (v < extent[i][0]) {
                        extent[i][0] = v;
                    }
                    if (v > extent[i][1]) {
                        extent[i][1] = v;
                    }
                }
            }
            if (released != null && released.advanceExact(doc)) {
                release[released.longValue() <= now ? 0 : 1]++;
            }
        }

        /** Adds the segment's ordinal counts to the totals by name. */
        void flush() throws IOException {
            for (int i = 0; i < ords.length; i++) {
                Map<String, Long> byName = terms.get(termFacets[i]);
                for (int ord = 0; ord < ordCounts[i].length; ord++) {
                    if (ordCounts[i][ord] > 0) {
                        byName.merge(ords[i].lookupOrd(ord).utf8ToString(), (long) ordCounts[i][ord], Long::sum);
                    }
                }
            }
        }
    }

    /** 0 below the first edge, i for edges[i-1] <= v < edges[i], edges.length at or above the last. */
    static int bucket(double[] edges, double v) {
        int i = Arrays.binarySearch(edges, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    long hits() {
        return hits;
    }

    /** A terms facet's values with their counts, the most frequent first. */
    List<TermCount> terms(TermFacet f) {
        List<TermCount> out = new ArrayList<>();
        terms.get(f).forEach((v, n) -> out.add(new TermCount(v, n)));
        out.sort(Comparator.comparingLong(TermCount::count).reversed().thenComparing(TermCount::value));
        return out;
    }

    /** Public, then proprietary, each when there are any. */
    List<TermCount> release() {
        List<TermCount> out = new ArrayList<>();
        if (release[0] > 0) {
            out.add(new TermCount(ReleaseState.PUBLIC.value(), release[0]));
        }
        if (release[1] > 0) {
            out.add(new TermCount(ReleaseState.PROPRIETARY.value(), release[1]));
        }
        return out;
    }

    /** A range facet's extent and buckets, from the first to the last holding products. */
    RangeCounts range(RangeFacet f) {
        long[] counts = buckets.get(f);
        double[] edges = f.storedEdges();
        double[] extent = extents.get(f);
        // the fixed edges span decades of dates: only the buckets between the first and last used are shown
        int first = 0;
        while (first < counts.length && counts[first] == 0) {
            first++;
        }
        int last = counts.length - 1;
        while (last > first && counts[last] == 0) {
            last--;
        }
        List<Bucket> out = new ArrayList<>();
        for (int i = first; i <= last && i < counts.length; i++) {
            out.add(new Bucket(i == 0 ? null : edges[i - 1], i < edges.length ? edges[i] : null, counts[i]));
        }
        return extent[0] > extent[1] ? new RangeCounts(null, null, out) : new RangeCounts(extent[0], extent[1], out);
    }
}
