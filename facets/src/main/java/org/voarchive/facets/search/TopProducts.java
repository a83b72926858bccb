package org.voarchive.facets.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.BytesRef;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.index.SegmentColumns;

/**
 * The first products of a search in its order, kept while every match is counted: by a key (the score
 * for relevance when words are given, else a numeric field, descending or ascending, with products
 * lacking it last either way), then by publisher DID. Every match is offered, so a product must be
 * turned away cheaply: a key compared, and on a tie the segment's ordinal of its DID read from its
 * {@link SegmentColumns} against the ordinal at which the last kept product's DID would stand. Lucene's
 * sorting collector read the DID and the score through doc values for every match, half of a search's
 * time. Not thread safe: one per run of a search; runs are combined with {@link #add}.
 */
final class TopProducts {

    private record Entry(double key, BytesRef id, int doc) {
    }

    private static final Comparator<Entry> ORDER = (a, b) -> a.key < b.key ? -1 : a.key > b.key ? 1 : a.id.compareTo(b.id);

    private final int size;
    private final SortKey sort;
    private final boolean descending;
    private final boolean scored;
    /** The kept products, the last in order on top. */
    private final PriorityQueue<Entry> kept;

    /**
     * @param size how many to keep (offset plus page)
     * @param scored whether the scorer's scores order the products (relevance, words given); without words
     *               every match has the same score, and relevance orders by publisher DID alone
     */
    TopProducts(int size, SortKey sort, boolean descending, boolean scored) {
        this.size = size;
        this.sort = sort;
        this.descending = descending;
        this.scored = scored;
        this.kept = new PriorityQueue<>(size + 1, ORDER.reversed());
    }

    /** Starts offering the matches of a segment, read by the scorer that finds them. */
    Leaf leaf(LeafReaderContext context, SegmentColumns columns, Scorable scorer) throws IOException {
        return new Leaf(context, columns, scorer);
    }

    /** The segment being offered. */
    final class Leaf {
        private final LeafReaderContext context;
        private final SegmentColumns columns;
        private final Scorable scorer;
        private final NumericDocValues values;
        private final SortedDocValues ids;
        /** The last kept product's key, and the ordinal below which a DID of this segment comes before its. */
        private double lastKey;
        private int lastIdLimit;

        Leaf(LeafReaderContext context, SegmentColumns columns, Scorable scorer) throws IOException {
            this.context = context;
            this.columns = columns;
            this.scorer = scorer;
            this.values = sort == SortKey.RELEVANCE ? null
                    : DocValues.getNumeric(context.reader(), ProductFields.countField(sort.field()));
            this.ids = DocValues.getSorted(context.reader(), ProductFields.ID);
            last();
        }

        void collect(int doc) throws IOException {
            double key = key(doc);
            if (kept.size() == size) {
                if (key > lastKey) {
                    return;
                }
                if (key == lastKey && columns.id(doc) >= lastIdLimit) {
                    return;
                }
            }
            BytesRef id = BytesRef.deepCopyOf(ids.lookupOrd(columns.id(doc)));
            kept.add(new Entry(key, id, context.docBase + doc));
            if (kept.size() > size) {
                kept.poll();
            }
            last();
        }

        /** Lower keys come first: the negated score or value when higher ones do; no value is last. */
        private double key(int doc) throws IOException {
            if (values == null) {
                return scored ? -scorer.score() : 0;
            }
            double v = values.advanceExact(doc) ? Double.longBitsToDouble(values.longValue()) : Double.NaN;
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : descending ? -v : v;
        }

        private void last() throws IOException {
            if (kept.size() < size) {
                return;
            }
            Entry last = kept.peek();
            lastKey = last.key;
            int doc = last.doc - context.docBase;
            if (doc >= 0 && doc < context.reader().maxDoc()) {
                lastIdLimit = columns.id(doc);
            } else {
                int ord = ids.lookupTerm(last.id);
                // found: a deleted copy of that product; absent: -(the ordinal it would have) - 1
                lastIdLimit = ord >= 0 ? ord : -ord - 1;
            }
        }
    }

    /** Takes the products kept by another run of the same search. */
    void add(TopProducts other) {
        for (Entry e : other.kept) {
            kept.add(e);
            if (kept.size() > size) {
                kept.poll();
            }
        }
    }

    /** The index's document numbers of the kept products from the offset on, in order. */
    List<Integer> docs(int offset) {
        List<Entry> inOrder = new ArrayList<>(kept);
        inOrder.sort(ORDER);
        List<Integer> out = new ArrayList<>();
        for (int i = offset; i < inOrder.size(); i++) {
            out.add(inOrder.get(i).doc());
        }
        return out;
    }
}
