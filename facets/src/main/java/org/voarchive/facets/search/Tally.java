package org.voarchive.facets.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
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
import org.voarchive.facets.index.RangeBuckets;
import org.voarchive.facets.search.SearchResult.Bucket;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/**
 * Counts products and the facets asked for, straight from doc values: per segment, the combinations of
 * terms by ordinal (split into values once per segment), ranges by bucket with their extent, the release state against
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
    /** Per range facet, the lowest and highest fine bucket seen: only products there can move the extent. */
    private final Map<RangeFacet, int[]> extremes = new EnumMap<>(RangeFacet.class);
    private final long[] release = new long[2];
    private Leaf pending;

    private Tally(Wanted wanted, long nowMicros) {
        this.wanted = wanted;
        this.now = nowMicros;
        for (TermFacet f : wanted.terms()) {
            terms.put(f, new HashMap<>());
        }
        for (RangeFacet f : wanted.ranges()) {
            buckets.put(f, new long[RangeBuckets.fineBuckets(f.field())]);
            extents.put(f, new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            extremes.put(f, new int[] {Integer.MAX_VALUE, -1});
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
        private final SortedDocValues combos;
        private final int[] comboCounts;
        private final RangeFacet[] rangeFacets = wanted.ranges().toArray(new RangeFacet[0]);
        private final NumericDocValues[] values = new NumericDocValues[rangeFacets.length];
        private final int[] positions = new int[rangeFacets.length];
        private final NumericDocValues packed;
        private final long[][] counts = new long[rangeFacets.length][];
        private final double[][] extent = new double[rangeFacets.length][];
        private final int[][] extreme = new int[rangeFacets.length][];
        private final NumericDocValues released;

        Leaf(LeafReaderContext context) throws IOException {
            combos = wanted.terms().isEmpty() ? null : DocValues.getSorted(context.reader(), ProductFields.TERMS);
            comboCounts = combos == null ? null : new int[combos.getValueCount()];
            for (int i = 0; i < rangeFacets.length; i++) {
                values[i] = DocValues.getNumeric(context.reader(), ProductFields.countField(rangeFacets[i].field()));
                positions[i] = RangeBuckets.position(rangeFacets[i].field());
                counts[i] = buckets.get(rangeFacets[i]);
                extent[i] = extents.get(rangeFacets[i]);
                extreme[i] = extremes.get(rangeFacets[i]);
            }
            packed = rangeFacets.length == 0 ? null : DocValues.getNumeric(context.reader(), ProductFields.BUCKETS);
            released = wanted.release() ? DocValues.getNumeric(context.reader(), ProductFields.RELEASE) : null;
        }

        void collect(int doc) throws IOException {
            hits++;
            if (combos != null && combos.advanceExact(doc)) {
                comboCounts[combos.ordValue()]++;
            }
            if (packed != null && packed.advanceExact(doc)) {
                long p = packed.longValue();
                for (int i = 0; i < positions.length; i++) {
                    int b = RangeBuckets.unpack(p, positions[i]);
                    if (b < 0) {
                        continue;
                    }
                    counts[i][b]++;
                    if (b <= extreme[i][0] || b >= extreme[i][1]) {
                        extend(i, b, doc);
                    }
                }
            }
            if (released != null && released.advanceExact(doc)) {
                release[released.longValue() <= now ? 0 : 1]++;
            }
        }

        /** Takes a product in the lowest or highest bucket seen so far into the extent of facet i. */
        private void extend(int i, int b, int doc) throws IOException {
            if (!values[i].advanceExact(doc)) {
                return;
            }
            double v = Double.longBitsToDouble(values[i].longValue());
            if (b < extreme[i][0]) {
                extreme[i][0] = b;
                extent[i][0] = v;
            } else if (b == extreme[i][0]) {
                extent[i][0] = Math.min(extent[i][0], v);
            }
            if (b > extreme[i][1]) {
                extreme[i][1] = b;
                extent[i][1] = v;
            } else if (b == extreme[i][1]) {
                extent[i][1] = Math.max(extent[i][1], v);
            }
        }

        /** Adds the segment's counts of each combination of terms to the totals of each value. */
        void flush() throws IOException {
            if (combos == null) {
                return;
            }
            for (int ord = 0; ord < comboCounts.length; ord++) {
                if (comboCounts[ord] > 0) {
                    String[] values = combos.lookupOrd(ord).utf8ToString().split(String.valueOf(ProductFields.SEPARATOR), -1);
                    for (TermFacet f : wanted.terms()) {
                        String v = values[ProductFields.TERM_FIELDS.indexOf(f.field())];
                        if (!v.isEmpty()) {
                            terms.get(f).merge(v, (long) comboCounts[ord], Long::sum);
                        }
                    }
                }
            }
        }
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
        long[] fine = buckets.get(f);
        double[] edges = f.storedEdges();
        long[] counts = new long[edges.length + 1];
        for (int i = 0; i < fine.length; i++) {
            counts[RangeBuckets.coarse(f.field(), i)] += fine[i];
        }
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
