package org.voarchive.ingest.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.voarchive.db.startup.DatabaseStartup;
import org.voarchive.facets.service.SearchIndex;

/**
 * Compares the search index with {@code ivoa.obscore} when the application starts, whether or not the
 * server ingests, and repairs the drift it reports: products published while the server was down (by
 * {@code ./archive ingest}, or the demo load), changed rows, removed rows, a lost index directory. When
 * the database or the index is not available yet it tries again every {@link #RETRY}.
 */
@ApplicationScoped
public class IndexStartupCheck {

    static final Duration RETRY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(IndexStartupCheck.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseStartup database;

    @Inject
    SearchIndex index;

    private volatile ScheduledFuture<?> retrying;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!check()) {
            try {
                ScheduledExecutorService scheduler = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
                retrying = scheduler.scheduleWithFixedDelay(() -> {
                    if (check()) {
                        retrying.cancel(false);
                    }
                }, RETRY.toSeconds(), RETRY.toSeconds(), TimeUnit.SECONDS);
            } catch (NamingException e) {
                LOG.log(Level.SEVERE, "the container offers no scheduled executor; the search index is not checked", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (retrying != null) {
            retrying.cancel(false);
        }
    }

    /** Runs the check once; false when it could not run and should be tried again. */
    synchronized boolean check() {
        Optional<String> problem = database.ensurePrepared();
        if (problem.isPresent()) {
            LOG.warning(() -> "search index not checked yet: " + problem.get());
            return false;
        }
        Instant start = Instant.now();
        try {
            Drift drift = IndexReconciler.reconcile(dataSource, index.index());
            Duration took = Duration.between(start, Instant.now());
            if (drift.none()) {
                LOG.info(() -> "search index agrees with the database: " + drift + " (checked in " + took.toMillis() + " ms)");
            } else {
                LOG.warning(() -> "search index drifted from the database and was repaired: " + drift
                        + " (in " + took.toMillis() + " ms)");
            }
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "search index not checked yet: " + e.getMessage(), e);
            return false;
        }
    }
}
