package org.voarchive.db.access;

import java.sql.SQLException;
import org.voarchive.server.auth.AccessRequestException;

/** Turns the constraint violations of the access tables into the client's errors they stand for. */
final class SqlStates {

    private SqlStates() {
    }

    /**
     * The client's error a failed statement stands for, or a store failure.
     *
     * @param taken    what to say when a unique key is taken
     * @param invalid  what to say when a check fails (a malformed name)
     * @param missing  what to say when a referenced row does not exist
     */
    static RuntimeException translate(SQLException e, String taken, String invalid, String missing, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "23505" -> new AccessRequestException(taken);
            case "23514" -> new AccessRequestException(invalid);
            case "23503" -> new AccessRequestException(missing, true);
            default -> new AccessStoreException(doing, e);
        };
    }
}
