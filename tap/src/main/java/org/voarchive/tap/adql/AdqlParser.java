package org.voarchive.tap.adql;

import org.voarchive.tap.adql.parse.AdqlSyntax;

/** Reads ADQL 2.1 text into a syntax tree. Thread safe: it keeps no state. */
public final class AdqlParser {

    private AdqlParser() {
    }

    /**
     * Parses a whole query; the text must hold exactly one query and nothing after it.
     *
     * @param adql the query text; not null
     * @return the parsed query
     * @throws AdqlException on a syntax error (with its line, column and offending token), or when a
     *     reserved word is used as a regular identifier
     */
    public static AdqlQuery parse(String adql) {
        return new AdqlQuery(adql, AdqlSyntax.parse(adql));
    }
}
