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
import org.apache.lucene.util.ArrayUtil;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.index.RangeBuckets;
import org.voarchive.facets.index.SegmentColumns;
import org.voarchive.facets.search.SearchResult.Bucket;
import org.voarchive.facets.search.SearchResult.RangeCounts;
import org.voarchive.facets.search.SearchResult.TermCount;

/**
 * Counts products and the facets asked for, from each segment's {@link SegmentColumns}: the combinations
 * of terms by ordinal (split into values once per segment), ranges by bucket with their extent (read from
 * doc values at the end of each segment, only for products in the lowest or highest bucket), the release
 * state against the time of the search. Not thread safe: one tally per search.
 */
final class Tally {

    /** The facets one pass counts. */
    record Wanted(Set<TermFacet> terms, boolean release, Set<RangeFacet> ranges) {
    }

    private static final int CODES = RangeBuckets.MAX_CODE + 1;

    private final Wanted wanted;
    private final long now;
    private long hits;
    private final Map<TermFacet, Map<String, Long>> terms = new EnumMap<>(TermFacet.class);
    /** Per range facet, the products by {@link RangeBuckets#code}: [0] without a value, [1 + b] in fine bucket b. */
    private final Map<RangeFacet, long[]> buckets = new EnumMap<>(RangeFacet.class);
    private final Map<RangeFacet, double[]> extents = new EnumMap<>(RangeFacet.class);
    /**
     * Per range facet, the lowest rank (the code, but "no value" ranked above every bucket) and the highest
     * code seen: only products there can move the extent.
     */
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
            buckets.put(f, new long[CODES]);
            extents.put(f, new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            extremes.put(f, new int[] {RangeBuckets.MAX_CODE, 1});
        }
    }

    Tally(Wanted wanted, Instant now) {
        this(wanted, ProductFields.micros(now));
    }

    /** Starts counting a segment; the previous one is done. */
    Leaf leaf(LeafReaderContext context, SegmentColumns columns) throws IOException {
        finish();
        pending = new Leaf(context, columns);
        return pending;
    }

    /** Ends the last segment. */
    void finish() throws IOException {
        if (pending != null) {
            pending.flush();
            pending = null;
        }
    }

    /**
     * The segment being collected: ordinal counts by terms facet, buckets by range facet. Its counts are
     * plain arrays of the segment, all range facets in one, added to the tally's at the end: the loop over
     * every product reads and writes nothing else.
     */
    final class Leaf {
        private final LeafReaderContext context;
        private final SegmentColumns columns;
        private final SortedDocValues combos;
        private final int[] comboCounts;
        private final RangeFacet[] rangeFacets = wanted.ranges().toArray(new RangeFacet[0]);
        private final int[] positions = new int[rangeFacets.length];
        /** Range facet i's count of code c is at {@code counts[i * CODES + c]}. */
        private final int[] counts = new int[rangeFacets.length * CODES];
        /** Per range facet, the lowest rank and the highest code seen (the tally's, from the segments before). */
        private final int[] lowest = new int[rangeFacets.length];
        private final int[] highest = new int[rangeFacets.length];
        /** Per range facet, this segment's products of the lowest rank and of the highest code. */
        private final int[][] lows = new int[rangeFacets.length][16];
        private final int[] lowCount = new int[rangeFacets.length];
        private final int[][] highs = new int[rangeFacets.length][16];
        private final int[] highCount = new int[rangeFacets.length];
        private final boolean countRelease = wanted.release();
        private int segmentHits;
        private final long[] segmentRelease = new long[2];

        Leaf(LeafReaderContext context, SegmentColumns columns) throws IOException {
            this.context = context;
            this.columns = columns;
            combos = wanted.terms().isEmpty() ? null : DocValues.getSorted(context.reader(), ProductFields.TERMS);
            comboCounts = combos == null ? null : new int[combos.getValueCount()];
            for (int i = 0; i < rangeFacets.length; i++) {
                positions[i] = RangeBuckets.position(rangeFacets[i].field());
                int[] e = extremes.get(rangeFacets[i]);
                lowest[i] = e[0];
                highest[i] = e[1];
            }
        }

        void collect(int doc) {
            segmentHits++;
            if (comboCounts != null) {
                int ord = columns.terms(doc);
                if (ord != SegmentColumns.NO_TERMS) {
                    comboCounts[ord]++;
                }
            }
            if (positions.length > 0) {
                long p = columns.buckets(doc);
                for (int i = 0; i < positions.length; i++) {
                    int code = RangeBuckets.code(p, positions[i]);
                    counts[i * CODES + code]++;
                    // products with and without a value come in no order, so a test for "no value" would be
                    // mispredicted often: ranked above every bucket instead, code 0 is never the lowest
                    int rank = code | ((code - 1) >>> 31) << RangeBuckets.BITS;
                    if (rank <= lowest[i]) {
                        low(i, rank, doc);
                    }
                    if (code >= highest[i]) {
                        high(i, code, doc);
                    }
                }
            }
            if (countRelease) {
                segmentRelease[columns.release(doc) <= now ? 0 : 1]++;
            }
        }

        private void low(int i, int rank, int doc) {
            if (rank < lowest[i]) {
                lowest[i] = rank;
                lowCount[i] = 0;
            }
            lows[i] = ArrayUtil.grow(lows[i], lowCount[i] + 1);
            lows[i][lowCount[i]++] = doc;
        }

        private void high(int i, int code, int doc) {
            if (code > highest[i]) {
                highest[i] = code;
                highCount[i] = 0;
            }
            highs[i] = ArrayUtil.grow(highs[i], highCount[i] + 1);
            highs[i][highCount[i]++] = doc;
        }

        /**
         * Reads the values of the products kept in the extreme buckets into the extents. Reading values as
         * products are collected cost a random read each; kept, they are read once, in order, and only
         * those still in the lowest or highest bucket at the end.
         */
        private void extend() throws IOException {
            for (int i = 0; i < rangeFacets.length; i++) {
                double[] e = extents.get(rangeFacets[i]);
                String field = ProductFields.countField(rangeFacets[i].field());
                NumericDocValues low = DocValues.getNumeric(context.reader(), field);
                for (int k = 0; k < lowCount[i]; k++) {
                    if (low.advanceExact(lows[i][k])) {
                        e[0] = Math.min(e[0], Double.longBitsToDouble(low.longValue()));
                    }
                }
                NumericDocValues high = DocValues.getNumeric(context.reader(), field);
                for (int k = 0; k < highCount[i]; k++) {
                    if (high.advanceExact(highs[i][k])) {
                        e[1] = Math.max(e[1], Double.longBitsToDouble(high.longValue()));
                    }
                }
            }
        }

        /** Adds the segment's counts of each combination of terms to the totals of each value, and its extents. */
        void flush() throws IOException {
            extend();
            hits += segmentHits;
            release[0] += segmentRelease[0];
            release[1] += segmentRelease[1];
            for (int i = 0; i < rangeFacets.length; i++) {
                long[] total = buckets.get(rangeFacets[i]);
                for (int c = 0; c < total.length; c++) {
                    total[c] += counts[i * CODES + c];
                }
                int[] e = extremes.get(rangeFacets[i]);
                e[0] = lowest[i];
                e[1] = highest[i];
            }
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

    /** Adds the counts of another finished tally of the same facets (another run of the same search). */
    void add(Tally other) {
        hits += other.hits;
        other.terms.forEach((f, values) -> values.forEach((v, n) -> terms.get(f).merge(v, n, Long::sum)));
        other.buckets.forEach((f, counts) -> {
            long[] mine = buckets.get(f);
            for (int i = 0; i < counts.length; i++) {
                mine[i] += counts[i];
            }
        });
        // each extent is the lowest and highest value seen, wherever its bucket
        other.extents.forEach((f, e) -> {
            double[] mine = extents.get(f);
            mine[0] = Math.min(mine[0], e[0]);
            mine[1] = Math.max(mine[1], e[1]);
        });
        release[0] += other.release[0];
        release[1] += other.release[1];
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
        long[] byCode = buckets.get(f);
        double[] edges = f.storedEdges();
        long[] counts = new long[edges.length + 1];
        for (int code = 1; code <= RangeBuckets.fineBuckets(f.field()); code++) {
            counts[RangeBuckets.coarse(f.field(), code - 1)] += byCode[code];
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
