package org.voarchive.db.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.voarchive.server.access.Caller;

/**
 * Switches a connection's current transaction to the read-only role, under a statement timeout, on
 * behalf of a caller: the row-level security policies read the caller's name from the setting
 * {@code voarchive.caller} (empty for anonymous). All three settings are local to the transaction, so the
 * pooled connection returns unchanged when it ends, and the next user of it is nobody until told.
 */
public final class ReaderSession {

    private ReaderSession() {
    }

    /**
     * @param c a connection with auto-commit off
     * @param role the read-only role
     * @param timeout how long each statement may run
     * @param caller whose entitlements decide which proprietary rows the transaction sees
     */
    public static void enter(Connection c, String role, Duration timeout, Caller caller) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('role', ?, true),"
                + " set_config('statement_timeout', ?, true), set_config('voarchive.caller', ?, true)")) {
            s.setString(1, role);
            s.setString(2, timeout.toMillis() + "ms");
            s.setString(3, caller.anonymous() ? "" : caller.name());
            s.execute();
        }
    }
}
