package org.voarchive.tap.adql.ast;

import java.util.List;
import java.util.Objects;

/** A search condition (WHERE, HAVING, ON, CASE WHEN). */
public sealed interface Condition {

    Position position();

    /** Operands joined by OR; at least two. */
    record Or(List<Condition> operands) implements Condition {

        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs two operands");
            }
        }

        @Override
        public Position position() {
            return operands.get(0).position();
        }
    }

    /** Operands joined by AND; at least two. */
    record And(List<Condition> operands) implements Condition {

        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs two operands");
            }
        }

        @Override
        public Position position() {
            return operands.get(0).position();
        }
    }

    /** NOT condition. */
    record Not(Condition operand, Position position) implements Condition {

        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** {@code left op right}. */
    record Comparison(Expression left, ComparisonOperator operator, Expression right) implements Condition {

        public Comparison {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public Position position() {
            return left.position();
        }
    }

    /** {@code value [NOT] BETWEEN low AND high}. */
    record Between(Expression value, boolean negated, Expression low, Expression high) implements Condition {

        public Between {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        @Override
        public Position position() {
            return value.position();
        }
    }

    /**
     * {@code value [NOT] LIKE pattern} or, with {@code ignoreCase}, ILIKE.
     */
    record Like(Expression value, boolean negated, boolean ignoreCase, Expression pattern) implements Condition {

        public Like {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public Position position() {
            return value.position();
        }
    }

    /** {@code value IS [NOT] NULL}. */
    record NullTest(Expression value, boolean negated) implements Condition {

        public NullTest {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Position position() {
            return value.position();
        }
    }

    /** {@code value [NOT] IN (v1, v2, ...)}; at least one value. */
    record InList(Expression value, boolean negated, List<Expression> values) implements Condition {

        public InList {
            Objects.requireNonNull(value, "value");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("IN needs values");
            }
        }

        @Override
        public Position position() {
            return value.position();
        }
    }

    /** {@code value [NOT] IN (subquery)}. */
    record InSubquery(Expression value, boolean negated, Query query) implements Condition {

        public InSubquery {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(query, "query");
        }

        @Override
        public Position position() {
            return value.position();
        }
    }

    /** {@code EXISTS (subquery)}. */
    record Exists(Query query, Position position) implements Condition {

        public Exists {
            Objects.requireNonNull(query, "query");
        }
    }

    /** TRUE or FALSE. */
    record TruthValue(boolean value, Position position) implements Condition {
    }

    /** Comparison operators; {@code <>} and {@code !=} are the same. */
    enum ComparisonOperator {
        EQUAL("="), NOT_EQUAL("<>"), LESS("<"), GREATER(">"), LESS_OR_EQUAL("<="), GREATER_OR_EQUAL(">=");

        private final String symbol;

        ComparisonOperator(String symbol) {
            this.symbol = symbol;
        }

        /** The SQL symbol. */
        public String symbol() {
            return symbol;
        }

        /** The operator that gives the same result with the operands swapped. */
        public ComparisonOperator swapped() {
            return switch (this) {
                case LESS -> GREATER;
                case GREATER -> LESS;
                case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
                case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
                default -> this;
            };
        }
    }
}
