package org.voarchive.db.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.demo.DemoLoader;
import org.voarchive.db.migration.SchemaMigration;
import org.voarchive.server.config.ArchiveConfig;

/**
 * Prepares the database when the application starts: migrations first, then the demo holdings if
 * configured and the archive is empty. A database that is down at start-up does not stop the
 * deployment; preparation is retried (at most every {@link #RETRY}) whenever availability is checked,
 * and until it succeeds the archive reports itself unavailable with the reason.
 */
@ApplicationScoped
public class DatabaseStartup {

    static final Duration RETRY = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    private volatile String problem = "the database has not been prepared yet";
    private volatile String schemaVersion;
    private Instant lastAttempt = Instant.MIN;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ensurePrepared();
    }

    /**
     * Prepares the database unless that already succeeded, or was tried less than {@link #RETRY} ago.
     *
     * @return why the database is not usable, or empty when it is prepared
     */
    public synchronized Optional<String> ensurePrepared() {
        if (problem == null || Duration.between(lastAttempt, Instant.now()).compareTo(RETRY) < 0) {
            return Optional.ofNullable(problem);
        }
        lastAttempt = Instant.now();
        try {
            schemaVersion = new SchemaMigration(dataSource, config.readerRole()).migrate();
            LOG.info(() -> "database schema at version " + schemaVersion);
            if (config.demoLoad()) {
                URI base = config.baseUrl().orElse(URI.create("http://localhost:" + config.port() + "/"));
                int loaded = new DemoLoader(dataSource).loadIfEmpty(new DemoHoldings(config.authority(), base));
                if (loaded > 0) {
                    LOG.info(() -> "loaded " + loaded + " demo products into ivoa.obscore");
                }
            }
            problem = null;
        } catch (Exception e) {
            problem = "the database could not be prepared: " + rootMessage(e);
            LOG.log(Level.SEVERE, problem, e);
        }
        return Optional.ofNullable(problem);
    }

    /** The schema version after migration, or null before it succeeded. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The innermost message: the one that names the real cause (a refused connection, a missing extension). */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse(message);
    }
}
