package org.voarchive.db.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.coverage.CoverageSource;
import org.voarchive.server.coverage.CoverageUnavailableException;
import org.voarchive.server.coverage.HoldingsCoverage;

/** The coverage from {@code ivoa.obscore}, read as the read-only query role in a transaction it rolls back. */
@ApplicationScoped
public class DatabaseCoverageSource implements CoverageSource {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    @Override
    public String fingerprint() {
        return read(CoverageQuery::fingerprint);
    }

    @Override
    public HoldingsCoverage compute(int order) {
        return read(c -> CoverageQuery.compute(c, order));
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // the public coverage: what an anonymous caller may see
                ReaderSession.enter(c, config.readerRole(), TIMEOUT, Caller.ANONYMOUS);
                return work.on(c);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new CoverageUnavailableException("the products cannot be read: " + e.getMessage(), e);
        }
    }
}
