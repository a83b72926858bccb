package org.voarchive.db.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.db.startup.DatabaseStartup;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.vosi.AvailabilityProbe;
import org.voarchive.server.vosi.ProbeResult;

/**
 * Available when the database answers, the schema is prepared, and the read-only role can read
 * {@code ivoa.obscore} and {@code tap_schema}: exactly what a user query needs.
 */
@ApplicationScoped
public class DatabaseProbe implements AvailabilityProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    static final String CHECK = """
            SELECT current_setting('server_version'),
                   (SELECT extversion FROM pg_extension WHERE extname = 'pg_sphere'),
                   (SELECT count(*) FROM tap_schema.tables),
                   EXISTS (SELECT 1 FROM ivoa.obscore)
            """;

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseStartup startup;

    @Inject
    ArchiveConfig config;

    @Override
    public ProbeResult probe() {
        Optional<String> problem = startup.ensurePrepared();
        if (problem.isPresent()) {
            return ProbeResult.failed(problem.get());
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return check(c);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            return ProbeResult.failed("the database does not answer: " + e.getMessage());
        }
    }

    private ProbeResult check(Connection c) throws SQLException {
        ReaderSession.enter(c, config.readerRole(), TIMEOUT, Caller.ANONYMOUS);
        try (PreparedStatement s = c.prepareStatement(CHECK); ResultSet r = s.executeQuery()) {
            r.next();
            return ProbeResult.ok("database answers: PostgreSQL " + r.getString(1) + ", pgSphere " + r.getString(2)
                    + ", schema version " + startup.schemaVersion() + "; role " + config.readerRole() + " reads "
                    + r.getLong(3) + " tables" + (r.getBoolean(4) ? " and the products" : "; no products yet"));
        }
    }
}
