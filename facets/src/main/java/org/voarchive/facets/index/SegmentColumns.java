package org.voarchive.facets.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * What a search reads of every matching product, for one index segment, as plain arrays on the heap:
 * the ordinal of its terms facets' values ({@link ProductFields#TERMS}), its packed range buckets
 * ({@link RangeBuckets}), its release date and the ordinal of its publisher DID (the last key of every
 * order of results). Doc values decode these on each read, which was most of a search's time; an array
 * read is one load. 24 bytes a product (24 MB for a million), read once when a segment first becomes
 * searchable: segments never change, and {@link FacetIndex} drops their columns when Lucene closes them.
 * Immutable.
 */
public final class SegmentColumns {

    /** The ordinal of a product without terms facet values. */
    public static final int NO_TERMS = -1;

    private final int[] terms;
    private final long[] buckets;
    private final long[] release;
    private final int[] ids;

    private SegmentColumns(int[] terms, long[] buckets, long[] release, int[] ids) {
        this.terms = terms;
        this.buckets = buckets;
        this.release = release;
        this.ids = ids;
    }

    static SegmentColumns read(LeafReader reader) throws IOException {
        int n = reader.maxDoc();
        return new SegmentColumns(ords(reader, ProductFields.TERMS, n), longs(reader, ProductFields.BUCKETS, n, 0),
                longs(reader, ProductFields.RELEASE, n, Long.MAX_VALUE), ords(reader, ProductFields.ID, n));
    }

    private static int[] ords(LeafReader reader, String field, int n) throws IOException {
        int[] out = new int[n];
        Arrays.fill(out, NO_TERMS);
        SortedDocValues values = reader.getSortedDocValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = values.ordValue();
            }
        }
        return out;
    }

    private static long[] longs(LeafReader reader, String field, int n, long missing) throws IOException {
        long[] out = new long[n];
        Arrays.fill(out, missing);
        NumericDocValues values = reader.getNumericDocValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = values.longValue();
            }
        }
        return out;
    }

    /** The ordinal of a product's combination of terms facet values, or {@link #NO_TERMS}. */
    public int terms(int doc) {
        return terms[doc];
    }

    /** A product's fine bucket of every range facet, packed (see {@link RangeBuckets#code}). */
    public long buckets(int doc) {
        return buckets[doc];
    }

    /** The ordinal of a product's publisher DID among the segment's ({@link ProductFields#ID} doc values). */
    public int id(int doc) {
        return ids[doc];
    }

    /** A product's release date in microseconds since 1970 ({@link ProductFields#micros}). */
    public long release(int doc) {
        return release[doc];
    }
}
