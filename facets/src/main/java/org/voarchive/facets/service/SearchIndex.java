package org.voarchive.facets.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.search.FacetSearch;
import org.voarchive.server.concurrent.ContainerExecutors;
import org.voarchive.server.config.ArchiveConfig;

/**
 * The server's product index, in {@code <data dir>/facets}, opened on first use and held (with its
 * write lock) until the application stops. While {@code ./archive reindex} holds the directory, opening
 * fails with {@link org.voarchive.facets.index.IndexBusyException} and is tried again on the next use.
 */
@ApplicationScoped
public class SearchIndex {

    /** The index directory's name under the data directory. */
    public static final String DIRECTORY = "facets";

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    ArchiveConfig config;

    private FacetIndex index;
    private FacetSearch search;

    /** Where the index lives for a data directory; the rebuild command finds it the same way. */
    public static Path directory(Path dataDir) {
        return dataDir.resolve(DIRECTORY);
    }

    /**
     * The open index.
     *
     * @throws IOException when it cannot be opened (held by another process, unreadable)
     */
    public synchronized FacetIndex index() throws IOException {
        if (index == null) {
            index = FacetIndex.open(directory(config.dataDir()));
        }
        return index;
    }

    /**
     * The search over the open index, shared so that its answers are kept between requests. It counts a
     * large index on every core, with the container's managed threads helping the request's.
     */
    public synchronized FacetSearch search() throws IOException {
        FacetIndex i = index();
        if (search == null) {
            search = new FacetSearch(i, helpers(), Runtime.getRuntime().availableProcessors(), config.searchSplitFrom());
        }
        return search;
    }

    private static Executor helpers() {
        try {
            return ContainerExecutors.executor();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "searches count on the request's thread alone: {0}", e.getMessage());
            return Runnable::run;
        }
    }

    /** Adds or replaces a product, durably and visibly at once. */
    public void put(ProductDocument product) throws IOException {
        putAll(List.of(product));
    }

    /** Adds or replaces products, durably and visibly at once. */
    public void putAll(List<ProductDocument> products) throws IOException {
        FacetIndex i = index();
        for (ProductDocument p : products) {
            i.put(p);
        }
        i.commit();
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the search index did not close cleanly; the start-up check repairs it", e);
            }
            index = null;
            search = null;
        }
    }
}
