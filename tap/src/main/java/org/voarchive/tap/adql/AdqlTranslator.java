package org.voarchive.tap.adql;

import java.util.Objects;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.tap.adql.translate.QueryTranslator;

/**
 * Checks ADQL queries against the queryable tables and translates them to PostgreSQL with pgSphere.
 * Thread safe: each call reads the catalog afresh and keeps no state.
 *
 * <p>Checks: tables resolve (regular identifiers ignoring case, delimited ones exactly, an unqualified
 * name only when one schema has it; common tables of WITH before the catalog), columns resolve within
 * their query's FROM clause and then the enclosing queries' (aliases, derived tables, USING and NATURAL
 * joins' merged columns), no name is ambiguous, built-in functions get their number and kinds of
 * arguments, set operations' operands have as many columns. Any failure is an {@link AdqlException}
 * naming the identifier or construct and its line and column.
 */
public final class AdqlTranslator {

    /** The schema of TAP 1.1 uploads: its tables are the query session's temporary tables. */
    public static final String UPLOAD_SCHEMA = "TAP_UPLOAD";

    private final TableCatalog catalog;

    /**
     * @param catalog the tables queries may use; not null
     */
    public AdqlTranslator(TableCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Translates a parsed query.
     *
     * @param query the query; not null
     * @param maxrec the most rows the caller will deliver (TAP's MAXREC), at least 0
     * @return the statement and its output columns
     * @throws AdqlException when the query does not check (see the class description)
     * @throws IllegalArgumentException when maxrec is negative
     */
    public TranslatedQuery translate(AdqlQuery query, long maxrec) {
        Objects.requireNonNull(query, "query");
        if (maxrec < 0) {
            throw new IllegalArgumentException("maxrec must not be negative: " + maxrec);
        }
        long limit = maxrec == Long.MAX_VALUE ? maxrec : maxrec + 1;
        QueryTranslator.Translation translation = new QueryTranslator(catalog.tables()).translate(query.root(), limit);
        return new TranslatedQuery(translation.sql(), translation.columns(), maxrec, translation.limit());
    }

    /**
     * Parses and translates a query.
     *
     * @param adql the query text; not null
     * @param maxrec the most rows the caller will deliver, at least 0
     * @return the statement and its output columns
     * @throws AdqlException on a syntax error or when the query does not check
     * @throws IllegalArgumentException when maxrec is negative
     */
    public TranslatedQuery translate(String adql, long maxrec) {
        return translate(AdqlParser.parse(adql), maxrec);
    }
}
