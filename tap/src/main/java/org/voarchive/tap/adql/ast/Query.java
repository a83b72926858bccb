package org.voarchive.tap.adql.ast;

import java.util.List;
import java.util.Objects;

/**
 * A complete query expression: optional common tables, a body, and the ordering and offset that apply
 * to the body's result.
 *
 * @param with the common tables of a WITH clause, in order; empty when there is none
 * @param body what computes the rows
 * @param orderBy the ORDER BY items; empty when there is none
 * @param offset the OFFSET, or null when there is none
 * @param position where the query starts
 */
public record Query(List<CommonTable> with, QueryBody body, List<OrderItem> orderBy, Long offset,
        Position position) {

    public Query {
        with = List.copyOf(with);
        Objects.requireNonNull(body, "body");
        orderBy = List.copyOf(orderBy);
    }

    /**
     * One named query of a WITH clause.
     *
     * @param name the name later parts of the query use
     * @param query its definition
     */
    public record CommonTable(Identifier name, Query query) {

        public CommonTable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(query, "query");
        }
    }

    /**
     * One ORDER BY item.
     *
     * @param expression what to sort by: a 1-based output column position (an integer literal), an
     *     output column's name, or an expression
     * @param descending whether DESC was given
     */
    public record OrderItem(Expression expression, boolean descending) {

        public OrderItem {
            Objects.requireNonNull(expression, "expression");
        }
    }
}
