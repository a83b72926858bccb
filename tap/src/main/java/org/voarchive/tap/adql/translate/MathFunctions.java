package org.voarchive.tap.adql.translate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Expression.FunctionCall;

/**
 * ADQL's mathematical and trigonometric functions in PostgreSQL. Most have the same name; LOG is
 * {@code ln}, LOG10 {@code log}, CEILING {@code ceil}, TRUNCATE {@code trunc}, RAND {@code random}; MOD
 * and the two-argument ROUND and TRUNCATE exist in PostgreSQL only for integers and {@code numeric}, so
 * doubles are cast there.
 */
final class MathFunctions {

    /** The number of arguments each function takes, at least and at most. */
    private static final Map<String, int[]> ARITY = Map.ofEntries(
            Map.entry("ABS", new int[] {1, 1}), Map.entry("CEILING", new int[] {1, 1}),
            Map.entry("DEGREES", new int[] {1, 1}), Map.entry("EXP", new int[] {1, 1}),
            Map.entry("FLOOR", new int[] {1, 1}), Map.entry("LOG", new int[] {1, 1}),
            Map.entry("LOG10", new int[] {1, 1}), Map.entry("MOD", new int[] {2, 2}),
            Map.entry("PI", new int[] {0, 0}), Map.entry("POWER", new int[] {2, 2}),
            Map.entry("RADIANS", new int[] {1, 1}), Map.entry("RAND", new int[] {0, 1}),
            Map.entry("ROUND", new int[] {1, 2}), Map.entry("SQRT", new int[] {1, 1}),
            Map.entry("TRUNCATE", new int[] {1, 2}), Map.entry("ACOS", new int[] {1, 1}),
            Map.entry("ASIN", new int[] {1, 1}), Map.entry("ATAN", new int[] {1, 1}),
            Map.entry("ATAN2", new int[] {2, 2}), Map.entry("COS", new int[] {1, 1}),
            Map.entry("COT", new int[] {1, 1}), Map.entry("SIN", new int[] {1, 1}),
            Map.entry("TAN", new int[] {1, 1}));

    private MathFunctions() {
    }

    static boolean handles(String name) {
        return ARITY.containsKey(name);
    }

    /**
     * The call translated.
     *
     * @param arguments the arguments, translated and checked to be numeric
     */
    static Typed call(FunctionCall call, List<Typed> arguments) {
        if (call.name().equals("RAND") && arguments.size() == 1) {
            throw new AdqlException("RAND with a seed is not supported; use RAND()", call.position());
        }
        int[] arity = ARITY.get(call.name());
        ExpressionTranslator.checkArity(call, arity[0], arity[1]);
        String name = call.name().toLowerCase(Locale.ROOT);
        Typed x = arguments.isEmpty() ? null : arguments.get(0);
        return switch (call.name()) {
            case "ABS" -> Typed.computed("abs(" + x.sql() + ")", x.kind() == Kind.NULL ? Kind.DOUBLE : x.kind(), name);
            // Integers are their own ceiling and floor; PostgreSQL would make them numeric.
            case "CEILING", "FLOOR" -> x.kind().isInteger() ? Typed.computed(x.sql(), x.kind(), name)
                    : Typed.computed((name.equals("ceiling") ? "ceil(" : "floor(") + x.sql() + ")", Kind.DOUBLE, name);
            case "LOG" -> Typed.computed("ln(" + x.sql() + ")", Kind.DOUBLE, name);
            case "LOG10" -> Typed.computed("log(" + x.sql() + ")", Kind.DOUBLE, name);
            case "PI" -> Typed.computed("pi()", Kind.DOUBLE, name);
            case "RAND" -> Typed.computed("random()", Kind.DOUBLE, name);
            case "MOD" -> mod(arguments.get(0), arguments.get(1));
            case "ROUND", "TRUNCATE" -> rounding(call, arguments);
            default -> Typed.computed(name + "(" + String.join(", ", arguments.stream().map(Typed::sql).toList()) + ")",
                    Kind.DOUBLE, name);
        };
    }

    private static Typed mod(Typed a, Typed b) {
        if (a.kind().isInteger() && b.kind().isInteger()) {
            return Typed.computed("mod(" + a.sql() + ", " + b.sql() + ")", Kind.wider(a.kind(), b.kind()), "mod");
        }
        return Typed.computed("mod(CAST(" + a.sql() + " AS numeric), CAST(" + b.sql() + " AS numeric))", Kind.DOUBLE,
                "mod");
    }

    private static Typed rounding(FunctionCall call, List<Typed> arguments) {
        String function = call.name().equals("ROUND") ? "round" : "trunc";
        String name = call.name().toLowerCase(Locale.ROOT);
        Typed x = arguments.get(0);
        if (arguments.size() == 1) {
            return x.kind().isInteger() ? Typed.computed(x.sql(), x.kind(), name)
                    : Typed.computed(function + "(" + x.sql() + ")", Kind.DOUBLE, name);
        }
        Typed places = arguments.get(1);
        if (!places.kind().isInteger()) {
            throw new AdqlException(call.name() + " needs an integer number of decimal places",
                    call.arguments().get(1).position());
        }
        String sql = function + "(CAST(" + x.sql() + " AS numeric), " + places.sql() + ")";
        // An integer stays one, for the operators that take only integers; a double may stay numeric
        // inside the query, and its output is cast like any computed number.
        return x.kind().isInteger() ? Typed.computed("CAST(" + sql + " AS " + x.kind().sqlType() + ")", x.kind(), name)
                : Typed.computed(sql, Kind.DOUBLE, name);
    }
}
