package org.voarchive.db.entitlements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import javax.sql.DataSource;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.server.access.Caller;
import org.voarchive.server.access.EntitlementSource;
import org.voarchive.server.access.Entitlements;
import org.voarchive.server.config.ArchiveConfig;

/**
 * Asks the database which programmes a caller is entitled to and whether it is an operator, through the
 * same functions the row-level security policies call, as the query role on the caller's behalf. A
 * disabled or unknown account is entitled to nothing, whatever its request claimed.
 */
@ApplicationScoped
public class CallerEntitlements implements EntitlementSource {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private DataSource dataSource;
    private String readerRole;

    /** For the container's proxy only. */
    protected CallerEntitlements() {
    }

    @Inject
    CallerEntitlements(DataSource dataSource, ArchiveConfig config) {
        this(dataSource, config.readerRole());
    }

    public CallerEntitlements(DataSource dataSource, String readerRole) {
        this.dataSource = dataSource;
        this.readerRole = readerRole;
    }

    @Override
    public Entitlements of(Caller caller) throws IOException {
        try {
            return ask(caller);
        } catch (SQLException e) {
            throw new IOException("cannot tell what " + caller.name() + " is entitled to: " + e.getMessage(), e);
        }
    }

    private Entitlements ask(Caller caller) throws SQLException {
        if (caller.anonymous()) {
            return Entitlements.NONE;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ReaderSession.enter(c, readerRole, TIMEOUT, caller);
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT access.caller_programs(), access.caller_is_operator()");
                        ResultSet rs = s.executeQuery()) {
                    rs.next();
                    Array programmes = rs.getArray(1);
                    return new Entitlements(Set.copyOf(Arrays.asList((String[]) programmes.getArray())),
                            rs.getBoolean(2));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
