package org.voarchive.ingest.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voarchive.facets.service.SearchIndex;
import org.voarchive.ingest.publish.PublishedProduct;

/**
 * Indexes each product as soon as its publication committed, so a search finds it at once. A failure is
 * logged and leaves the publication alone; the next start-up check indexes what was missed.
 */
@ApplicationScoped
public class IndexFeeder {

    private static final Logger LOG = Logger.getLogger(IndexFeeder.class.getName());

    @Inject
    SearchIndex index;

    void published(@Observes PublishedProduct product) {
        try {
            index.put(ProductDocuments.of(product.obscore(), product.arcfile()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not index " + product.arcfile() + "; the start-up check will", e);
        }
    }
}
