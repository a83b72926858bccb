package org.voarchive.facets.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The product index in one directory: one document per publisher DID, so putting a product again
 * replaces it. Near-real-time: what is put is visible to the next {@link #acquire()} without a commit;
 * {@link #commit()} makes it survive a restart. Only one process can hold the directory open; a second
 * gets {@link IndexBusyException}. Each segment's {@link SegmentColumns} are read when a refresh makes it
 * searchable, so no search waits for them. Thread safe.
 */
public final class FacetIndex implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<IndexReader.CacheKey, SegmentColumns> columns = new ConcurrentHashMap<>();
    private volatile NextRelease nextRelease;

    /** The first release date after a time, in the products of one reader: true for any time up to it. */
    private record NextRelease(IndexReader.CacheKey reader, long after, long next) {
    }

    private FacetIndex(Path dir, boolean create) throws IOException {
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new WordAnalyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException(dir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                for (LeafReaderContext leaf : reader.leaves()) {
                    columns(leaf);
                }
                return new IndexSearcher(reader);
            }
        });
    }

    /** The columns of a segment of an acquired searcher. */
    public SegmentColumns columns(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) {
            return SegmentColumns.read(leaf.reader());
        }
        SegmentColumns known = columns.get(core.getKey());
        if (known != null) {
            return known;
        }
        SegmentColumns read = SegmentColumns.read(leaf.reader());
        if (columns.putIfAbsent(core.getKey(), read) == null) {
            // the segment is open while its searcher is held, so the listener is not added too late
            core.addClosedListener(columns::remove);
        }
        return read;
    }

    /** Opens the index in a directory, creating it when absent. */
    public static FacetIndex open(Path dir) throws IOException {
        return new FacetIndex(dir, false);
    }

    /** Opens the index in a directory emptied of all documents, for a rebuild from scratch. */
    public static FacetIndex recreate(Path dir) throws IOException {
        return new FacetIndex(dir, true);
    }

    /** Adds a product, or replaces the one with the same publisher DID. Visible after {@link #refresh()}. */
    public void put(ProductDocument product) throws IOException {
        writer.updateDocument(new Term(ProductFields.ID, product.id()), ProductFields.toLucene(product));
    }

    /** Removes a product; nothing happens when it is not there. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ProductFields.ID, id));
    }

    /** Makes every change so far visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes every change so far durable, and visible. */
    public void commit() throws IOException {
        writer.commit();
        refresh();
    }

    /** Every indexed publisher DID with its document's fingerprint, as of the last refresh. */
    public Map<String, String> fingerprints() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> out = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(ProductFields.ID);
                BinaryDocValues prints = leaf.reader().getBinaryDocValues(ProductFields.FINGERPRINT);
                if (ids == null || prints == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && prints.advanceExact(doc)) {
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), prints.binaryValue().utf8ToString());
                    }
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The first release date (microseconds since 1970) after a time among a searcher's products, or
     * Long.MAX_VALUE when there is none: until then, every product is as visible as at that time. Kept for
     * the searcher's reader while time has not reached it, so searches ask the index once, not each time.
     */
    public long nextRelease(IndexSearcher searcher, long micros) throws IOException {
        IndexReader.CacheKey reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
        NextRelease known = nextRelease;
        if (known != null && known.reader() == reader && micros >= known.after() && micros < known.next()) {
            return known.next();
        }
        TopFieldDocs first = searcher.search(LongPoint.newRangeQuery(ProductFields.RELEASE, micros + 1, Long.MAX_VALUE), 1,
                new Sort(new SortField(ProductFields.RELEASE, SortField.Type.LONG)));
        long next = first.scoreDocs.length == 0 ? Long.MAX_VALUE : (Long) ((FieldDoc) first.scoreDocs[0]).fields[0];
        nextRelease = new NextRelease(reader, micros, next);
        return next;
    }

    /** The current searcher. Every acquire needs a {@link #release}. */
    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * Drops every change since the last commit and releases the directory: a rebuild that failed half
     * way leaves the index as it was.
     */
    public void discard() throws IOException {
        try (directory; searchers) {
            writer.rollback();
        }
    }

    /** Commits what is pending and releases the directory. */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            writer.commit();
        }
    }

    /** How many documents the directory holds as of the last refresh. */
    public int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }
}
