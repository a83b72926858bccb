package org.voarchive.ingest.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.facets.service.SearchIndex;
import org.voarchive.ingest.publish.PublishedProduct;
import org.voarchive.server.auth.ProgramRedated;

/**
 * Indexes each product as soon as its publication committed, so a search finds it at once, and again
 * when its programme's new proprietary period re-dated it. A failure to index a publication is logged and
 * leaves the publication alone; the next check indexes what was missed.
 */
@ApplicationScoped
public class IndexFeeder {

    private static final Logger LOG = Logger.getLogger(IndexFeeder.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    DataSource dataSource;

    /**
     * Takes products' new release dates before the operator who set their programme's period is answered:
     * a longer period must hide them from the search at once, as it does from every query of the database.
     * Should the index fail, the periodic check repairs it, as after a failed publication.
     */
    void redated(@Observes ProgramRedated redated) {
        try (Connection c = dataSource.getConnection()) {
            index.putAll(PublishedProducts.of(c, redated.products()));
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "the search index could not take the new release dates of " + redated.progId()
                    + "; the next check (within 10 minutes) will", e);
        }
    }

    void published(@Observes PublishedProduct product) {
        try {
            index.put(ProductDocuments.of(product.obscore(), product.arcfile()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not index " + product.arcfile() + "; the start-up check will", e);
        }
    }
}
