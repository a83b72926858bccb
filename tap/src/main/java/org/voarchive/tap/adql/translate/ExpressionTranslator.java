package org.voarchive.tap.adql.translate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Condition;
import org.voarchive.tap.adql.ast.Condition.ComparisonOperator;
import org.voarchive.tap.adql.ast.Expression;
import org.voarchive.tap.adql.ast.Expression.FunctionCall;
import org.voarchive.tap.adql.ast.Position;
import org.voarchive.tap.adql.ast.Query;

/**
 * Translates value expressions and conditions within one scope, checking the types of operands and
 * arguments so that a mistyped query fails with ADQL's words rather than PostgreSQL's.
 */
final class ExpressionTranslator {

    private final QueryTranslator queries;
    private final Scope scope;
    private final CommonTables visible;
    private final GeometryTranslator geometry;

    ExpressionTranslator(QueryTranslator queries, Scope scope, CommonTables visible) {
        this.queries = queries;
        this.scope = scope;
        this.visible = visible;
        this.geometry = new GeometryTranslator(this);
    }

    /**
     * Checks a built-in function's number of arguments.
     *
     * @throws AdqlException when it is outside {@code min..max}
     */
    static void checkArity(FunctionCall call, int min, int max) {
        int given = call.arguments().size();
        if (given < min || given > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " or " + max;
            boolean singular = max == 1 || min == 1 && max == Integer.MAX_VALUE;
            throw new AdqlException("function " + call.name() + " takes " + expected + " argument"
                    + (singular ? "" : "s") + ", not " + given, call.position());
        }
    }

    // -----------------------------------------------------------------------------------------------
    // Values

    Typed expression(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) {
            return number(number);
        }
        if (expression instanceof Expression.StringLiteral string) {
            return Typed.computed(SqlText.string(string.value()), Kind.CHAR, "expr");
        }
        if (expression instanceof Expression.NullLiteral) {
            return Typed.computed("NULL", Kind.NULL, "expr");
        }
        if (expression instanceof Expression.ColumnRef reference) {
            return scope.resolve(reference).value();
        }
        if (expression instanceof Expression.Unary unary) {
            return unary(unary);
        }
        if (expression instanceof Expression.Binary binary) {
            return binary(binary);
        }
        if (expression instanceof FunctionCall call) {
            return function(call);
        }
        if (expression instanceof Expression.UserFunctionCall call) {
            throw new AdqlException("unknown function \"" + call.name().text() + "\"", call.position());
        }
        if (expression instanceof Expression.Aggregate aggregate) {
            return aggregate(aggregate);
        }
        if (expression instanceof Expression.Cast cast) {
            return cast(cast);
        }
        if (expression instanceof Expression.SimpleCase simple) {
            return simpleCase(simple);
        }
        if (expression instanceof Expression.SearchedCase searched) {
            return searchedCase(searched);
        }
        if (expression instanceof Expression.InUnit inUnit) {
            return inUnit(inUnit);
        }
        Expression.ScalarSubquery scalar = (Expression.ScalarSubquery) expression;
        QueryTranslator.QueryResult subquery = subquery(scalar.query());
        OutputColumn column = singleColumn(subquery, "a subquery used as a value", scalar.position());
        return new Typed("(" + subquery.sql() + ")", column.kind(), column.description(), null);
    }

    /**
     * An expression that must be a number (or NULL).
     *
     * @param context what needs it, for the message
     */
    Typed numeric(Expression expression, String context) {
        Typed value = expression(expression);
        if (!value.kind().isNumeric() && value.kind() != Kind.NULL) {
            throw new AdqlException(context + " needs a number here, not " + value.kind().aLabel() + " value",
                    expression.position());
        }
        return value;
    }

    /** Numbers are written again from their parsed value, never copied from the query. */
    private static Typed number(Expression.NumberLiteral number) {
        if (!number.integral()) {
            return Typed.computed(number.value().toString(), Kind.DOUBLE, "expr");
        }
        BigInteger value = number.value().toBigIntegerExact();
        Kind kind = value.bitLength() < 32 ? Kind.INTEGER : Kind.BIGINT;
        return Typed.computed(value.toString(), kind, "expr");
    }

    private Typed unary(Expression.Unary unary) {
        if (unary.operator() == Expression.UnaryOperator.NEGATE) {
            Typed operand = numeric(unary.operand(), "-");
            // The space keeps "- -1" from becoming "--1", which SQL reads as a comment.
            return Typed.computed("(- " + operand.sql() + ")", operand.kind(), "expr");
        }
        Typed operand = integer(unary.operand(), "~");
        return Typed.computed("(~ " + operand.sql() + ")", operand.kind(), "expr");
    }

    private Typed binary(Expression.Binary binary) {
        switch (binary.operator()) {
            case CONCAT -> {
                Typed left = expression(binary.left());
                Typed right = expression(binary.right());
                if (left.kind() != Kind.CHAR && right.kind() != Kind.CHAR || left.kind().isGeometry()
                        || right.kind().isGeometry()) {
                    throw new AdqlException("|| needs strings, not " + left.kind().label() + " and "
                            + right.kind().label() + " values", binary.position());
                }
                return Typed.computed("(" + left.sql() + " || " + right.sql() + ")", Kind.CHAR, "expr");
            }
            case BIT_AND, BIT_OR, BIT_XOR -> {
                String symbol = switch (binary.operator()) {
                    case BIT_AND -> "&";
                    case BIT_OR -> "|";
                    default -> "#";
                };
                Typed left = integer(binary.left(), symbol.equals("#") ? "^" : symbol);
                Typed right = integer(binary.right(), symbol.equals("#") ? "^" : symbol);
                return Typed.computed("(" + left.sql() + " " + symbol + " " + right.sql() + ")",
                        Kind.wider(left.kind(), right.kind()), "expr");
            }
            default -> {
                String symbol = switch (binary.operator()) {
                    case ADD -> "+";
                    case SUBTRACT -> "-";
                    case MULTIPLY -> "*";
                    default -> "/";
                };
                Typed left = numeric(binary.left(), symbol);
                Typed right = numeric(binary.right(), symbol);
                Kind kind = Kind.wider(left.kind(), right.kind());
                return Typed.computed("(" + left.sql() + " " + symbol + " " + right.sql() + ")",
                        kind == Kind.NULL ? Kind.DOUBLE : kind, "expr");
            }
        }
    }

    private Typed integer(Expression expression, String operator) {
        Typed value = expression(expression);
        if (!value.kind().isInteger() && value.kind() != Kind.NULL) {
            throw new AdqlException("operator " + operator + " needs integers, not " + value.kind().aLabel()
                    + " value", expression.position());
        }
        return value;
    }

    private Typed function(FunctionCall call) {
        String name = call.name();
        if (GeometryTranslator.FUNCTIONS.contains(name)) {
            return geometry.call(call);
        }
        if (name.equals("LOWER") || name.equals("UPPER")) {
            checkArity(call, 1, 1);
            Typed text = expression(call.arguments().get(0));
            if (text.kind() != Kind.CHAR && text.kind() != Kind.NULL) {
                throw new AdqlException(name + " needs a string, not " + text.kind().aLabel() + " value",
                        call.arguments().get(0).position());
            }
            String function = name.toLowerCase(Locale.ROOT);
            return Typed.computed(function + "(" + text.sql() + ")", Kind.CHAR, function);
        }
        if (name.equals("COALESCE")) {
            checkArity(call, 1, Integer.MAX_VALUE);
            List<Typed> values = new ArrayList<>();
            for (Expression argument : call.arguments()) {
                values.add(expression(argument));
            }
            Kind kind = common(values, "COALESCE", call.position());
            return Typed.computed("COALESCE(" + String.join(", ", values.stream().map(Typed::sql).toList()) + ")",
                    kind, "coalesce");
        }
        List<Typed> arguments = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            arguments.add(numeric(argument, name));
        }
        return MathFunctions.call(call, arguments);
    }

    private Typed aggregate(Expression.Aggregate aggregate) {
        String function = aggregate.function().name().toLowerCase(Locale.ROOT);
        if (aggregate.argument() == null) {
            return Typed.computed("count(*)", Kind.BIGINT, function);
        }
        Typed argument = expression(aggregate.argument());
        String sql = function + "(" + (aggregate.distinct() ? "DISTINCT " : "") + argument.sql() + ")";
        String unit = argument.description().unit();
        return switch (aggregate.function()) {
            case COUNT -> Typed.computed(sql, Kind.BIGINT, function);
            case AVG -> {
                requireNumber(argument, "AVG", aggregate.argument().position());
                yield Typed.computed(sql, Kind.DOUBLE, function, unit);
            }
            case SUM -> {
                requireNumber(argument, "SUM", aggregate.argument().position());
                Kind kind = argument.kind().isInteger() ? Kind.BIGINT : argument.kind() == Kind.REAL ? Kind.REAL
                        : Kind.DOUBLE;
                yield Typed.computed(sql, kind, function, unit);
            }
            default -> {
                if (argument.kind().isGeometry()) {
                    throw new AdqlException(aggregate.function() + " cannot compare geometries",
                            aggregate.argument().position());
                }
                yield new Typed(sql, argument.kind(), argument.description().named(function), null);
            }
        };
    }

    private static void requireNumber(Typed value, String function, Position position) {
        if (!value.kind().isNumeric() && value.kind() != Kind.NULL) {
            throw new AdqlException(function + " needs numbers, not " + value.kind().label() + " values", position);
        }
    }

    private Typed cast(Expression.Cast cast) {
        Typed operand = expression(cast.operand());
        Integer length = cast.target().length();
        String suffix = length == null ? "" : "(" + length + ")";
        return switch (cast.target().type()) {
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE_PRECISION -> {
                Kind kind = switch (cast.target().type()) {
                    case SMALLINT -> Kind.SMALLINT;
                    case INTEGER -> Kind.INTEGER;
                    case BIGINT -> Kind.BIGINT;
                    case REAL -> Kind.REAL;
                    default -> Kind.DOUBLE;
                };
                if (!operand.kind().isNumeric() && operand.kind() != Kind.CHAR && operand.kind() != Kind.NULL) {
                    throw castError(operand, cast);
                }
                yield Typed.computed("CAST(" + operand.sql() + " AS " + kind.sqlType() + ")", kind, "cast");
            }
            case CHAR, VARCHAR -> {
                if (operand.kind().isGeometry()) {
                    throw castError(operand, cast);
                }
                boolean fixed = cast.target().type() == Expression.CastType.CHAR;
                String arraysize = fixed ? (length == null ? "1" : length.toString())
                        : (length == null ? "*" : length + "*");
                yield new Typed("CAST(" + operand.sql() + " AS " + (fixed ? "char" : "varchar") + suffix + ")",
                        Kind.CHAR, ColumnDescription.of("cast", "char", arraysize, null), null);
            }
            case TIMESTAMP -> {
                if (operand.kind() != Kind.CHAR && operand.kind() != Kind.TIMESTAMP && operand.kind() != Kind.NULL) {
                    throw castError(operand, cast);
                }
                yield Typed.computed("CAST(" + operand.sql() + " AS timestamp)", Kind.TIMESTAMP, "cast");
            }
            default -> {
                Kind kind = Kind.valueOf(cast.target().type().name());
                if (operand.kind() != kind) {
                    throw castError(operand, cast);
                }
                yield operand;
            }
        };
    }

    private static AdqlException castError(Typed operand, Expression.Cast cast) {
        return new AdqlException("cannot CAST " + operand.kind().aLabel() + " value to "
                + cast.target().type().name().replace('_', ' '), cast.position());
    }

    private Typed simpleCase(Expression.SimpleCase simple) {
        Typed operand = expression(simple.operand());
        StringBuilder sql = new StringBuilder("CASE ").append(operand.sql());
        List<Typed> results = new ArrayList<>();
        for (Expression.SimpleWhen when : simple.whens()) {
            Typed value = expression(when.value());
            checkComparable(operand, value, when.value().position());
            Typed result = expression(when.result());
            results.add(result);
            sql.append(" WHEN ").append(value.sql()).append(" THEN ").append(result.sql());
        }
        return endCase(sql, results, simple.otherwise(), simple.position());
    }

    private Typed searchedCase(Expression.SearchedCase searched) {
        StringBuilder sql = new StringBuilder("CASE");
        List<Typed> results = new ArrayList<>();
        for (Expression.SearchedWhen when : searched.whens()) {
            Typed result = expression(when.result());
            results.add(result);
            sql.append(" WHEN ").append(condition(when.condition())).append(" THEN ").append(result.sql());
        }
        return endCase(sql, results, searched.otherwise(), searched.position());
    }

    private Typed endCase(StringBuilder sql, List<Typed> results, Expression otherwise, Position position) {
        if (otherwise != null) {
            Typed value = expression(otherwise);
            results.add(value);
            sql.append(" ELSE ").append(value.sql());
        }
        Kind kind = common(results, "CASE", position);
        return Typed.computed(sql.append(" END").toString(), kind, "case");
    }

    /** The kind that values of several branches share: the widest number, or one other kind. */
    private static Kind common(List<Typed> values, String construct, Position position) {
        Kind kind = Kind.NULL;
        for (Typed value : values) {
            Kind k = value.kind();
            if (kind == Kind.NULL || k == Kind.NULL) {
                kind = Kind.wider(kind, k);
            } else if (kind.isNumeric() && k.isNumeric()) {
                kind = Kind.wider(kind, k);
            } else if (kind != k) {
                throw new AdqlException(construct + " mixes " + kind.label() + " and " + k.label() + " values",
                        position);
            }
        }
        return kind == Kind.NULL ? Kind.CHAR : kind;
    }

    private Typed inUnit(Expression.InUnit inUnit) {
        Typed value = numeric(inUnit.operand(), "IN_UNIT");
        String from = value.description().unit();
        if (from == null || from.isBlank()) {
            throw new AdqlException("IN_UNIT needs a value of known unit; this one has none",
                    inUnit.operand().position());
        }
        BigDecimal factor = VoUnits.factor(from, inUnit.unit(), inUnit.position());
        ColumnDescription d = value.description();
        return new Typed("(" + value.sql() + " * " + factor.toPlainString() + ")", Kind.DOUBLE,
                new ColumnDescription(d.name(), "double", null, null, inUnit.unit(), d.ucd(), d.utype(),
                        d.description(), d.principal(), false, false), null);
    }

    // -----------------------------------------------------------------------------------------------
    // Conditions

    String condition(Condition condition) {
        if (condition instanceof Condition.Or or) {
            return "(" + String.join(" OR ", or.operands().stream().map(this::condition).toList()) + ")";
        }
        if (condition instanceof Condition.And and) {
            return "(" + String.join(" AND ", and.operands().stream().map(this::condition).toList()) + ")";
        }
        if (condition instanceof Condition.Not not) {
            return "(NOT " + condition(not.operand()) + ")";
        }
        if (condition instanceof Condition.Comparison comparison) {
            return comparison(comparison);
        }
        if (condition instanceof Condition.Between between) {
            Typed value = expression(between.value());
            Typed low = expression(between.low());
            Typed high = expression(between.high());
            checkComparable(value, low, between.low().position());
            checkComparable(value, high, between.high().position());
            return "(" + value.sql() + (between.negated() ? " NOT" : "") + " BETWEEN " + low.sql() + " AND "
                    + high.sql() + ")";
        }
        if (condition instanceof Condition.Like like) {
            Typed value = expression(like.value());
            Typed pattern = expression(like.pattern());
            String keyword = like.ignoreCase() ? "ILIKE" : "LIKE";
            for (Typed operand : List.of(value, pattern)) {
                if (operand.kind() != Kind.CHAR && operand.kind() != Kind.NULL) {
                    throw new AdqlException(keyword + " compares strings, not " + operand.kind().label() + " values",
                            like.position());
                }
            }
            // ADQL, like SQL 92, has no escape character unless one is declared; PostgreSQL's default is
            // the backslash.
            return "(" + value.sql() + (like.negated() ? " NOT " : " ") + keyword + " " + pattern.sql()
                    + " ESCAPE '')";
        }
        if (condition instanceof Condition.NullTest test) {
            return "(" + expression(test.value()).sql() + (test.negated() ? " IS NOT NULL)" : " IS NULL)");
        }
        if (condition instanceof Condition.InList in) {
            Typed value = expression(in.value());
            List<String> values = new ArrayList<>();
            for (Expression element : in.values()) {
                Typed typed = expression(element);
                checkComparable(value, typed, element.position());
                values.add(typed.sql());
            }
            return "(" + value.sql() + (in.negated() ? " NOT IN (" : " IN (") + String.join(", ", values) + "))";
        }
        if (condition instanceof Condition.InSubquery in) {
            Typed value = expression(in.value());
            QueryTranslator.QueryResult subquery = subquery(in.query());
            OutputColumn column = singleColumn(subquery, "the subquery of IN", in.query().position());
            checkComparable(value, column.value(), in.query().position());
            return "(" + value.sql() + (in.negated() ? " NOT IN (" : " IN (") + subquery.sql() + "))";
        }
        if (condition instanceof Condition.Exists exists) {
            return "EXISTS (" + subquery(exists.query()).sql() + ")";
        }
        return ((Condition.TruthValue) condition).value() ? "TRUE" : "FALSE";
    }

    private String comparison(Condition.Comparison comparison) {
        Expression left = comparison.left();
        Expression right = comparison.right();
        ComparisonOperator operator = comparison.operator();
        String geometric = geometricComparison(left, operator, right);
        if (geometric == null) {
            geometric = geometricComparison(right, operator.swapped(), left);
        }
        if (geometric != null) {
            return geometric;
        }
        Typed l = expression(left);
        Typed r = expression(right);
        checkComparable(l, r, comparison.position());
        return "(" + l.sql() + " " + operator.symbol() + " " + r.sql() + ")";
    }

    /**
     * {@code CONTAINS(...) = 1} and the like as the geometric predicate itself, and
     * {@code DISTANCE(...) < r} in a form an index serves; null for any other comparison.
     */
    private String geometricComparison(Expression function, ComparisonOperator operator, Expression value) {
        if (!(function instanceof FunctionCall call)) {
            return null;
        }
        if ((call.name().equals("CONTAINS") || call.name().equals("INTERSECTS"))
                && value instanceof Expression.NumberLiteral number && number.integral()
                && (operator == ComparisonOperator.EQUAL || operator == ComparisonOperator.NOT_EQUAL)) {
            if (number.value().signum() < 0 || number.value().compareTo(BigDecimal.ONE) > 0) {
                return null;
            }
            int truth = number.value().intValue();
            String predicate = geometry.predicate(call);
            return (operator == ComparisonOperator.EQUAL) == (truth == 1) ? predicate : "(NOT " + predicate + ")";
        }
        if (call.name().equals("DISTANCE")
                && (operator == ComparisonOperator.LESS || operator == ComparisonOperator.LESS_OR_EQUAL)) {
            return geometry.distanceWithin(call, operator, value);
        }
        return null;
    }

    /**
     * Refuses comparisons PostgreSQL would refuse with a less clear message: numbers with strings,
     * geometries with anything but the same geometry.
     */
    private static void checkComparable(Typed a, Typed b, Position position) {
        Kind x = a.kind();
        Kind y = b.kind();
        if (x == Kind.NULL || y == Kind.NULL || x == y || x.isNumeric() && y.isNumeric()
                || textual(x) && textual(y) || x == Kind.OTHER || y == Kind.OTHER) {
            return;
        }
        throw new AdqlException("cannot compare " + x.aLabel() + " value with " + y.aLabel() + " value", position);
    }

    private static boolean textual(Kind kind) {
        return kind == Kind.CHAR || kind == Kind.TIMESTAMP;
    }

    // -----------------------------------------------------------------------------------------------
    // Subqueries

    private QueryTranslator.QueryResult subquery(Query query) {
        return queries.subquery(query, scope, visible);
    }

    private static OutputColumn singleColumn(QueryTranslator.QueryResult subquery, String what, Position position) {
        List<OutputColumn> columns = subquery.columns();
        if (columns.size() != 1) {
            throw new AdqlException(what + " must return one column, not " + columns.size(), position);
        }
        return columns.get(0);
    }
}
