package org.voarchive.db.entitlements;

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

/**
 * Asks the database which programmes a caller is entitled to and whether it is an operator, through the
 * same functions the row-level security policies call, as the query role on the caller's behalf. A
 * disabled or unknown account is entitled to nothing, whatever its request claimed.
 */
public final class CallerEntitlements {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final String readerRole;

    public CallerEntitlements(DataSource dataSource, String readerRole) {
        this.dataSource = dataSource;
        this.readerRole = readerRole;
    }

    public Entitlements of(Caller caller) throws SQLException {
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
