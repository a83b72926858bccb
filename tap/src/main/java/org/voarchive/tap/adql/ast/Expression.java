package org.voarchive.tap.adql.ast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A value expression. Every node knows where it starts in the query text. */
public sealed interface Expression {

    Position position();

    /**
     * A number as written, without sign (a minus is a {@link Unary}).
     *
     * @param value the exact value
     * @param integral whether it was written as an integer (decimal digits or hexadecimal)
     */
    record NumberLiteral(BigDecimal value, boolean integral, Position position) implements Expression {

        public NumberLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A character string; {@code value} has the doubled quotes of the ADQL text undoubled. */
    record StringLiteral(String value, Position position) implements Expression {

        public StringLiteral {
            Objects.requireNonNull(value, "value");
        }
    }

    /** NULL. */
    record NullLiteral(Position position) implements Expression {
    }

    /**
     * A column, possibly qualified by a table name, schema-qualified table name or correlation name.
     *
     * @param qualifier the qualifier, or null
     * @param column the column's name
     */
    record ColumnRef(TableName qualifier, Identifier column) implements Expression {

        public ColumnRef {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public Position position() {
            return qualifier != null ? qualifier.position() : column.position();
        }

        @Override
        public String toString() {
            return qualifier == null ? column.toString() : qualifier + "." + column;
        }
    }

    /** A prefix operator applied to a value. */
    record Unary(UnaryOperator operator, Expression operand, Position position) implements Expression {

        public Unary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** An infix operator applied to two values. */
    record Binary(BinaryOperator operator, Expression left, Expression right, Position position)
            implements Expression {

        public Binary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /**
     * A call of a function ADQL defines (mathematical, trigonometric, string, geometric, COALESCE).
     *
     * @param name the function's name in upper case, for example {@code CONTAINS}
     * @param arguments the arguments as written, including a leading coordinate system string
     */
    record FunctionCall(String name, List<Expression> arguments, Position position) implements Expression {

        public FunctionCall {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
        }
    }

    /** A call of a function ADQL does not define (a user-defined function in ADQL's terms). */
    record UserFunctionCall(Identifier name, List<Expression> arguments, Position position) implements Expression {

        public UserFunctionCall {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A set function.
     *
     * @param function which one
     * @param distinct whether DISTINCT was given
     * @param argument the argument, or null for {@code COUNT(*)}
     */
    record Aggregate(AggregateFunction function, boolean distinct, Expression argument, Position position)
            implements Expression {

        public Aggregate {
            Objects.requireNonNull(function, "function");
            if (argument == null && (function != AggregateFunction.COUNT || distinct)) {
                throw new IllegalArgumentException("only COUNT(*) has no argument");
            }
        }
    }

    /**
     * {@code CAST(operand AS type)}.
     *
     * @param operand the value
     * @param target the type
     */
    record Cast(Expression operand, CastTarget target, Position position) implements Expression {

        public Cast {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * The type of a CAST.
     *
     * @param type the ADQL type
     * @param length the length of CHAR or VARCHAR, or null
     */
    record CastTarget(CastType type, Integer length) {

        public CastTarget {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * {@code CASE operand WHEN value THEN result ... [ELSE otherwise] END}.
     *
     * @param otherwise the ELSE value, or null
     */
    record SimpleCase(Expression operand, List<SimpleWhen> whens, Expression otherwise, Position position)
            implements Expression {

        public SimpleCase {
            Objects.requireNonNull(operand, "operand");
            whens = List.copyOf(whens);
        }
    }

    /** One {@code WHEN value THEN result} of a simple CASE. */
    record SimpleWhen(Expression value, Expression result) {

        public SimpleWhen {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * {@code CASE WHEN condition THEN result ... [ELSE otherwise] END}.
     *
     * @param otherwise the ELSE value, or null
     */
    record SearchedCase(List<SearchedWhen> whens, Expression otherwise, Position position) implements Expression {

        public SearchedCase {
            whens = List.copyOf(whens);
        }
    }

    /** One {@code WHEN condition THEN result} of a searched CASE. */
    record SearchedWhen(Condition condition, Expression result) {

        public SearchedWhen {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * {@code IN_UNIT(operand, 'unit')}.
     *
     * @param unit the target unit in VOUnit syntax
     */
    record InUnit(Expression operand, String unit, Position position) implements Expression {

        public InUnit {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A subquery used as a value; it must return one column and at most one row. */
    record ScalarSubquery(Query query, Position position) implements Expression {

        public ScalarSubquery {
            Objects.requireNonNull(query, "query");
        }
    }

    /** Prefix operators. */
    enum UnaryOperator {
        NEGATE, BIT_NOT
    }

    /** Infix operators. */
    enum BinaryOperator {
        ADD, SUBTRACT, MULTIPLY, DIVIDE, CONCAT, BIT_AND, BIT_OR, BIT_XOR
    }

    /** Set functions. */
    enum AggregateFunction {
        COUNT, AVG, MIN, MAX, SUM
    }

    /** The types CAST can convert to. */
    enum CastType {
        SMALLINT, INTEGER, BIGINT, REAL, DOUBLE_PRECISION, CHAR, VARCHAR, TIMESTAMP, POINT, CIRCLE, POLYGON
    }
}
