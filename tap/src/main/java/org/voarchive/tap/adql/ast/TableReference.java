package org.voarchive.tap.adql.ast;

import java.util.List;
import java.util.Objects;

/** One item of a FROM clause. */
public sealed interface TableReference {

    Position position();

    /**
     * A table, or a common table of a WITH clause, by name.
     *
     * @param name the name as written
     * @param alias the correlation name, or null
     */
    record Named(TableName name, Identifier alias) implements TableReference {

        public Named {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Position position() {
            return name.position();
        }
    }

    /**
     * A subquery in FROM; ADQL requires it to be named.
     *
     * @param query the subquery
     * @param alias its correlation name
     */
    record Derived(Query query, Identifier alias) implements TableReference {

        public Derived {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(alias, "alias");
        }

        @Override
        public Position position() {
            return query.position();
        }
    }

    /**
     * Two FROM items joined.
     *
     * @param type the kind of join
     * @param natural whether NATURAL was given (then {@code on} is null and {@code using} empty)
     * @param left the left operand
     * @param right the right operand
     * @param on the ON condition, or null
     * @param using the USING columns; empty when there are none
     * @param position where the join's keywords start
     */
    record Join(JoinType type, boolean natural, TableReference left, TableReference right, Condition on,
            List<Identifier> using, Position position) implements TableReference {

        public Join {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            using = List.copyOf(using);
        }
    }

    /** The kinds of join. */
    enum JoinType {
        INNER, LEFT, RIGHT, FULL, CROSS
    }
}
