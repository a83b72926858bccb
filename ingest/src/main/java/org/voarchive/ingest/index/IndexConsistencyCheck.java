package org.voarchive.ingest.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.db.startup.DatabaseStartup;
import org.voarchive.facets.service.SearchIndex;
import org.voarchive.server.concurrent.ContainerExecutors;

/**
 * Compares the search index with {@code ivoa.obscore} and repairs the drift it reports: when the
 * application starts (before it serves searches, whether or not the server ingests), and again every
 * {@link #PERIOD}, which catches what {@code ./archive ingest} publishes beside a running server. Products
 * published in the meantime, changed rows, removed rows and a lost index directory are all drift. When
 * the database or the index is not available, the check is tried again every {@link #RETRY}.
 */
@ApplicationScoped
public class IndexConsistencyCheck {

    static final Duration RETRY = Duration.ofSeconds(30);
    static final Duration PERIOD = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(IndexConsistencyCheck.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseStartup database;

    @Inject
    SearchIndex index;

    private ScheduledFuture<?> ticking;
    private volatile Instant lastChecked;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        check();
        try {
            ticking = ContainerExecutors.scheduler().scheduleWithFixedDelay(this::checkWhenDue, RETRY.toSeconds(),
                    RETRY.toSeconds(), TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, "the container offers no scheduled executor; the search index is checked only at start-up", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void checkWhenDue() {
        Instant last = lastChecked;
        if (last == null || Duration.between(last, Instant.now()).compareTo(PERIOD) >= 0) {
            check();
        }
    }

    /** Runs the check once, unless the database is not prepared; a failure is logged and retried. */
    synchronized void check() {
        Optional<String> problem = database.ensurePrepared();
        if (problem.isPresent()) {
            LOG.warning(() -> "search index not checked: " + problem.get());
            return;
        }
        Instant start = Instant.now();
        try {
            Drift drift = IndexReconciler.reconcile(dataSource, index.index());
            long took = Duration.between(start, Instant.now()).toMillis();
            if (drift.none()) {
                LOG.info(() -> "search index agrees with the database: " + drift + " (checked in " + took + " ms)");
            } else {
                LOG.warning(() -> "search index had drifted from the database and was repaired: " + drift
                        + " (in " + took + " ms)");
            }
            lastChecked = start;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "search index not checked: " + e.getMessage(), e);
        }
    }
}
