package org.voarchive.tap.query;

import java.util.List;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.TableCatalog;

/**
 * Turns a query in the service's language into SQL for the archive database, checked against the
 * tables it may use. Implementations are thread safe.
 */
public interface TapTranslator {

    /**
     * Translates a query.
     *
     * @param query the query text as the client sent it
     * @param catalog the tables the query may use: the service's, and any uploaded with it
     * @param maxrec the most rows the client may receive; the SQL may fetch one more, so that overflow
     *     can be seen
     * @return the SQL and its output columns
     * @throws org.voarchive.server.dali.DaliException when the query is invalid or names unknown tables or
     *     columns; the message says what and where (line and column)
     */
    Translation translate(String query, long maxrec, TableCatalog catalog);

    /**
     * A translated query.
     *
     * @param sql SQL for PostgreSQL with pgSphere, built from the parsed query, never by pasting its text
     * @param columns the output columns, described as they will be written
     */
    record Translation(String sql, List<ColumnDescription> columns) {

        public Translation {
            columns = List.copyOf(columns);
        }
    }
}
