package org.voarchive.tap.adql.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * What a FROM clause, or one item of it, offers to the rest of the query.
 *
 * @param sql its SQL text
 * @param rangeVariables the table-like items in it, which qualifiers designate
 * @param columns the columns in the order {@code *} lists them; a USING or NATURAL join's merged columns
 *     stand for the pairs they merge
 */
record Relation(String sql, List<RangeVariable> rangeVariables, List<ScopeColumn> columns) {

    Relation {
        rangeVariables = List.copyOf(rangeVariables);
        columns = List.copyOf(columns);
    }

    /** Both relations side by side, as commas in FROM join them. */
    Relation comma(Relation other) {
        List<RangeVariable> variables = new ArrayList<>(rangeVariables);
        variables.addAll(other.rangeVariables);
        List<ScopeColumn> all = new ArrayList<>(columns);
        all.addAll(other.columns);
        return new Relation(sql + ", " + other.sql, variables, all);
    }
}
