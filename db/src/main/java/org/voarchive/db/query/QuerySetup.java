package org.voarchive.db.query;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on a query's own connection and transaction, as the read-only role, before the query runs:
 * for TAP, loading uploaded tables into temporary tables that the transaction's end drops.
 */
@FunctionalInterface
public interface QuerySetup {

    /** Nothing to prepare. */
    QuerySetup NONE = connection -> { };

    /**
     * Prepares the session.
     *
     * @throws SQLException when the preparation fails; the query is then not run
     */
    void prepare(Connection connection) throws SQLException;
}
