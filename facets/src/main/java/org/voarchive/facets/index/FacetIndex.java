package org.voarchive.facets.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The product index in one directory: one document per publisher DID, so putting a product again
 * replaces it. Near-real-time: what is put is visible to the next {@link #acquire()} without a commit;
 * {@link #commit()} makes it survive a restart. Only one process can hold the directory open; a second
 * gets {@link IndexBusyException}. Thread safe.
 */
public final class FacetIndex implements Closeable {

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

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
        this.searchers = new SearcherManager(writer, null);
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
