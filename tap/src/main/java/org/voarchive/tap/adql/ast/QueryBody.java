package org.voarchive.tap.adql.ast;

import java.util.List;
import java.util.Objects;

/** What computes the rows of a {@link Query}: one SELECT, a set operation, or a parenthesized query. */
public sealed interface QueryBody {

    Position position();

    /**
     * One SELECT ... FROM ... block.
     *
     * @param distinct whether DISTINCT was given
     * @param top the TOP limit, or null
     * @param items the select list; never empty
     * @param from the FROM items, joined by commas; never empty
     * @param where the WHERE condition, or null
     * @param groupBy the GROUP BY expressions; empty when there is none
     * @param having the HAVING condition, or null
     * @param position where SELECT is
     */
    record Select(boolean distinct, Long top, List<SelectItem> items, List<TableReference> from,
            Condition where, List<Expression> groupBy, Condition having, Position position) implements QueryBody {

        public Select {
            items = List.copyOf(items);
            from = List.copyOf(from);
            groupBy = List.copyOf(groupBy);
            if (items.isEmpty() || from.isEmpty()) {
                throw new IllegalArgumentException("a SELECT needs items and a FROM clause");
            }
        }
    }

    /**
     * UNION, EXCEPT or INTERSECT of two query bodies.
     *
     * @param operator the operation
     * @param all whether ALL was given (duplicates kept)
     * @param left the left operand, which names the result's columns
     * @param right the right operand
     * @param position where the operator keyword is
     */
    record SetOperation(SetOperator operator, boolean all, QueryBody left, QueryBody right, Position position)
            implements QueryBody {

        public SetOperation {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A query in parentheses used as an operand, with its own WITH, ORDER BY and OFFSET. */
    record Nested(Query query) implements QueryBody {

        public Nested {
            Objects.requireNonNull(query, "query");
        }

        @Override
        public Position position() {
            return query.position();
        }
    }

    /** The set operations. */
    enum SetOperator {
        UNION, EXCEPT, INTERSECT
    }
}
