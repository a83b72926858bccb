package org.voarchive.tap.adql;

import java.util.Objects;
import org.voarchive.tap.adql.ast.Query;

/**
 * A parsed ADQL query: its text and its syntax tree. Names are not yet checked against the tables;
 * {@link AdqlTranslator} does that.
 *
 * @param text the query as submitted
 * @param root the syntax tree
 */
public record AdqlQuery(String text, Query root) {

    public AdqlQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
    }
}
