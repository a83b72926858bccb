package org.voarchive.tap.adql.ast;

import java.util.Objects;

/** One item of a select list. */
public sealed interface SelectItem {

    Position position();

    /** {@code *}: every column of every FROM item. */
    record AllColumns(Position position) implements SelectItem {
    }

    /** {@code t.*}: every column of one FROM item. */
    record TableColumns(TableName table) implements SelectItem {

        public TableColumns {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public Position position() {
            return table.position();
        }
    }

    /**
     * An expression, possibly named with AS.
     *
     * @param expression the value
     * @param alias the output name, or null when none was given
     */
    record Derived(Expression expression, Identifier alias) implements SelectItem {

        public Derived {
            Objects.requireNonNull(expression, "expression");
        }

        @Override
        public Position position() {
            return expression.position();
        }
    }
}
