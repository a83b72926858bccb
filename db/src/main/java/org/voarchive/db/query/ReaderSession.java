package org.voarchive.db.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Switches a connection's current transaction to the read-only role, under a statement timeout. Both
 * settings are local to the transaction, so the pooled connection returns unchanged when it ends.
 */
public final class ReaderSession {

    private ReaderSession() {
    }

    /**
     * @param c a connection with auto-commit off
     * @param role the read-only role
     * @param timeout how long each statement may run
     */
    public static void enter(Connection c, String role, Duration timeout) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT set_config('role', ?, true), set_config('statement_timeout', ?, true)")) {
            s.setString(1, role);
            s.setString(2, timeout.toMillis() + "ms");
            s.execute();
        }
    }
}
