package org.voarchive.db.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Changes to one row an account owns (a token, a subscription), named by the id the account was given.
 * An id that is not a UUID names no row, like an id of someone else's: both are "not yours", never an error.
 */
final class OwnedRows {

    private OwnedRows() {
    }

    /**
     * Runs a statement whose parameters are the row's id and its owner's name, in that order.
     *
     * @return whether it changed the row
     * @throws AccessStoreException when the database fails, with {@code failure} as what could not be done
     */
    static boolean change(DataSource dataSource, String sql, String user, String id, String failure) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, uuid);
            s.setString(2, user);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new AccessStoreException(failure, e);
        }
    }
}
