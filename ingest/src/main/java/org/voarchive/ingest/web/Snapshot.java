package org.voarchive.ingest.web;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads in one read-only, repeatable-read transaction, so that every count on a page or in an answer
 * comes from the same moment of the stream even while stages commit.
 */
final class Snapshot {

    /** Work that reads. */
    @FunctionalInterface
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private Snapshot() {
    }

    static <T> T read(DataSource dataSource, Read<T> read) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return read.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
            }
        }
    }
}
