package org.voarchive.tap.adql;

import java.util.List;
import java.util.Objects;
import org.voarchive.server.tables.ColumnDescription;

/**
 * An ADQL query translated to PostgreSQL with pgSphere, ready to run as the read-only role.
 *
 * <p>The statement ends with {@code LIMIT limit}, where {@code limit} is the smaller of the query's TOP
 * and {@code maxrec + 1}. Reading one row more than MAXREC lets the caller tell a result that was cut
 * short (TAP's overflow) from one that has exactly MAXREC rows: see {@link #overflowed(long)}. When the
 * query's own TOP is at most MAXREC there can be no overflow.
 *
 * <p>Values come out as the writers expect them: each column's SQL type matches its description
 * (PostgreSQL {@code smallint}, {@code integer}, {@code bigint}, {@code real}, {@code double precision}
 * for short, int, long, float, double; text for char), and geometries (xtype point, circle, polygon) are
 * {@code double precision[]} in degrees as DALI writes them: {@code [ra, dec]}, {@code [ra, dec, radius]},
 * {@code [ra1, dec1, ra2, dec2, ...]}.
 *
 * @param sql the statement, with every identifier quoted and every literal written by the translator
 * @param columns the output columns, in order: a column selected as it is keeps its TAP_SCHEMA
 *     description (renamed to its alias, if any); a computed one is described by its type
 * @param maxrec the MAXREC the translation was made for
 * @param limit the row limit the statement ends with
 */
public record TranslatedQuery(String sql, List<ColumnDescription> columns, long maxrec, long limit) {

    public TranslatedQuery {
        Objects.requireNonNull(sql, "sql");
        columns = List.copyOf(columns);
    }

    /**
     * Whether a result was cut short by MAXREC.
     *
     * @param rowsRead how many rows the statement returned
     * @return true when it returned more than MAXREC rows; the caller then delivers only MAXREC of them
     */
    public boolean overflowed(long rowsRead) {
        return rowsRead > maxrec;
    }
}
