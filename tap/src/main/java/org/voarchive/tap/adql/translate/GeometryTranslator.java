package org.voarchive.tap.adql.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voarchive.tap.adql.AdqlException;
import org.voarchive.tap.adql.ast.Condition.ComparisonOperator;
import org.voarchive.tap.adql.ast.Expression;
import org.voarchive.tap.adql.ast.Expression.FunctionCall;

/**
 * ADQL's geometry on pgSphere. ADQL speaks degrees, pgSphere radians: POINT becomes {@code spoint},
 * CIRCLE {@code scircle}, POLYGON and BOX {@code spoly}; CONTAINS is {@code <@}, INTERSECTS {@code &&},
 * DISTANCE {@code <->} in degrees, AREA square degrees.
 *
 * <p>Two rewrites let the GiST indexes serve positional searches. {@code POINT(t.s_ra, t.s_dec)} on a
 * table that also has the point column {@code s_position} (ObsCore's convention here: it is generated
 * from the two) becomes that column; and {@code DISTANCE(p, q) < r}, where one point is a column,
 * becomes containment in a circle of radius r, with the exact distance test kept beside it.
 */
final class GeometryTranslator {

    /** The geometry functions ADQL defines. */
    static final Set<String> FUNCTIONS = Set.of("AREA", "BOX", "CENTROID", "CIRCLE", "CONTAINS", "COORD1", "COORD2",
            "COORDSYS", "DISTANCE", "INTERSECTS", "POINT", "POLYGON", "REGION");

    /** A table's right ascension and declination columns and the point column made of them. */
    private record PositionColumns(String ra, String dec, String point) {
    }

    private static final List<PositionColumns> POSITION_COLUMNS =
            List.of(new PositionColumns("s_ra", "s_dec", "s_position"));

    private final ExpressionTranslator expressions;

    GeometryTranslator(ExpressionTranslator expressions) {
        this.expressions = expressions;
    }

    /** A geometry function as a value. */
    Typed call(FunctionCall call) {
        List<Expression> arguments = call.arguments();
        return switch (call.name()) {
            case "POINT" -> point(call);
            case "CIRCLE" -> circle(call);
            case "BOX" -> box(call);
            case "POLYGON" -> polygon(call);
            case "CENTROID" -> centroid(call);
            case "AREA" -> area(call);
            case "COORD1", "COORD2" -> coordinate(call);
            case "COORDSYS" -> {
                ExpressionTranslator.checkArity(call, 1, 1);
                geometry(arguments.get(0), call.name());
                yield Typed.computed("'ICRS'", Kind.CHAR, "coordsys");
            }
            case "DISTANCE" -> {
                Typed[] points = distanceOperands(call);
                yield Typed.computed("degrees(" + points[0].sql() + " <-> " + points[1].sql() + ")", Kind.DOUBLE,
                        "distance", "deg");
            }
            case "CONTAINS", "INTERSECTS" -> Typed.computed("CAST(" + predicate(call) + " AS integer)", Kind.INTEGER,
                    call.name().toLowerCase(Locale.ROOT));
            default -> throw new AdqlException(call.name() + " is not supported (REGION is deprecated in ADQL 2.1)",
                    call.position());
        };
    }

    /** CONTAINS or INTERSECTS as a boolean condition. */
    String predicate(FunctionCall call) {
        ExpressionTranslator.checkArity(call, 2, 2);
        Typed a = geometry(call.arguments().get(0), call.name());
        Typed b = geometry(call.arguments().get(1), call.name());
        boolean contains = call.name().equals("CONTAINS");
        if (a.kind() == Kind.POINT && b.kind() == Kind.POINT) {
            return "(" + a.sql() + " = " + b.sql() + ")";
        }
        if (a.kind() == Kind.POINT || contains) {
            // A region is never inside a point; pgSphere has no such operator, the answer is false.
            return b.kind() == Kind.POINT ? "FALSE" : "(" + a.sql() + " <@ " + b.sql() + ")";
        }
        // ADQL asks INTERSECTS with a point to behave as CONTAINS with the point first.
        return b.kind() == Kind.POINT ? "(" + b.sql() + " <@ " + a.sql() + ")" : "(" + a.sql() + " && " + b.sql() + ")";
    }

    /**
     * {@code DISTANCE(p, q) op radius} with {@code op} one of {@code <} and {@code <=}, in a form an index
     * on a point column serves; or null when neither point is a column.
     */
    String distanceWithin(FunctionCall distance, ComparisonOperator operator, Expression radius) {
        Typed[] points = distanceOperands(distance);
        Typed r = expressions.numeric(radius, "DISTANCE's limit");
        Typed column;
        Typed other;
        if (points[0].column() != null) {
            column = points[0];
            other = points[1];
        } else if (points[1].column() != null) {
            column = points[1];
            other = points[0];
        } else {
            return null;
        }
        return "(" + column.sql() + " <@ scircle(" + other.sql() + ", radians(" + r.sql() + ")) AND degrees("
                + column.sql() + " <-> " + other.sql() + ") " + operator.symbol() + " " + r.sql() + ")";
    }

    private Typed[] distanceOperands(FunctionCall call) {
        List<Expression> arguments = call.arguments();
        if (arguments.size() == 4) {
            return new Typed[] {point(arguments.get(0), arguments.get(1), call.name()),
                point(arguments.get(2), arguments.get(3), call.name())};
        }
        if (arguments.size() != 2) {
            throw arity(call, "two points or four coordinates", arguments.size());
        }
        return new Typed[] {pointValue(arguments.get(0), call.name()), pointValue(arguments.get(1), call.name())};
    }

    private Typed point(FunctionCall call) {
        List<Expression> arguments = withoutCoordinateSystem(call);
        if (arguments.size() != 2) {
            throw arity(call, "two coordinates", arguments.size());
        }
        return point(arguments.get(0), arguments.get(1), call.name());
    }

    /** A point from longitude and latitude in degrees, or the table's point column when they are its own. */
    private Typed point(Expression longitude, Expression latitude, String function) {
        Typed ra = expressions.numeric(longitude, function);
        Typed dec = expressions.numeric(latitude, function);
        if (ra.column() != null && dec.column() != null && ra.column().owner() != null
                && ra.column().owner() == dec.column().owner() && ra.column().owner().table() != null) {
            RangeVariable table = ra.column().owner();
            for (PositionColumns names : POSITION_COLUMNS) {
                if (ra.column().name().equals(names.ra()) && dec.column().name().equals(names.dec())) {
                    var point = table.column(names.point()).filter(c -> c.kind() == Kind.POINT);
                    if (point.isPresent()) {
                        return new Typed(point.get().sql(), Kind.POINT, Kind.POINT.describe("point"), point.get());
                    }
                }
            }
        }
        return Typed.computed("spoint(radians(" + ra.sql() + "), radians(" + dec.sql() + "))", Kind.POINT, "point");
    }

    private Typed circle(FunctionCall call) {
        List<Expression> arguments = withoutCoordinateSystem(call);
        Typed center;
        Expression radius;
        if (arguments.size() == 3) {
            center = point(arguments.get(0), arguments.get(1), call.name());
            radius = arguments.get(2);
        } else if (arguments.size() == 2) {
            center = pointValue(arguments.get(0), call.name());
            radius = arguments.get(1);
        } else {
            throw arity(call, "a center (a point or two coordinates) and a radius", arguments.size());
        }
        Typed r = expressions.numeric(radius, call.name());
        return Typed.computed("scircle(" + center.sql() + ", radians(" + r.sql() + "))", Kind.CIRCLE, "circle");
    }

    /** BOX(center, width, height): the polygon of the four corners at half the width and height. */
    private Typed box(FunctionCall call) {
        List<Expression> arguments = withoutCoordinateSystem(call);
        Typed center;
        int size;
        if (arguments.size() == 4) {
            center = point(arguments.get(0), arguments.get(1), call.name());
            size = 2;
        } else if (arguments.size() == 3) {
            center = pointValue(arguments.get(0), call.name());
            size = 1;
        } else {
            throw arity(call, "a center (a point or two coordinates), a width and a height", arguments.size());
        }
        String halfWidth = "radians(" + expressions.numeric(arguments.get(size), call.name()).sql() + ") / 2.0";
        String halfHeight = "radians(" + expressions.numeric(arguments.get(size + 1), call.name()).sql() + ") / 2.0";
        String c = center.sql();
        List<String> corners = new ArrayList<>();
        for (String[] signs : new String[][] {{"-", "-"}, {"+", "-"}, {"+", "+"}, {"-", "+"}}) {
            corners.add("spoint(long(" + c + ") " + signs[0] + " " + halfWidth + ", lat(" + c + ") " + signs[1] + " "
                    + halfHeight + ")");
        }
        return Typed.computed(polygonOf(corners), Kind.POLYGON, "box");
    }

    private Typed polygon(FunctionCall call) {
        List<Expression> arguments = withoutCoordinateSystem(call);
        List<String> vertices = new ArrayList<>();
        List<Typed> values = new ArrayList<>();
        for (Expression argument : arguments) {
            values.add(expressions.expression(argument));
        }
        if (!values.isEmpty() && values.stream().allMatch(v -> v.kind() == Kind.POINT)) {
            values.forEach(v -> vertices.add(v.sql()));
        } else if (values.size() % 2 == 0) {
            for (int i = 0; i < arguments.size(); i += 2) {
                vertices.add(point(arguments.get(i), arguments.get(i + 1), call.name()).sql());
            }
        }
        if (vertices.size() < 3) {
            throw new AdqlException("POLYGON takes at least three points or three pairs of coordinates",
                    call.position());
        }
        return Typed.computed(polygonOf(vertices), Kind.POLYGON, "polygon");
    }

    /** pgSphere's polygon aggregate over the vertices in order, which also takes expressions of columns. */
    private static String polygonOf(List<String> vertices) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            rows.add("(" + (i + 1) + ", " + vertices.get(i) + ")");
        }
        return "(SELECT spoly(v.p ORDER BY v.i) FROM (VALUES " + String.join(", ", rows) + ") AS v(i, p))";
    }

    /**
     * CENTROID: a point is its own, a circle's is its center; pgSphere 1.2 gives none for a polygon, so
     * that of its vertices is computed, as the direction of the sum of their unit vectors.
     */
    private Typed centroid(FunctionCall call) {
        ExpressionTranslator.checkArity(call, 1, 1);
        Typed g = geometry(call.arguments().get(0), call.name());
        String sql = switch (g.kind()) {
            case POINT -> g.sql();
            case CIRCLE -> "center(" + g.sql() + ")";
            default -> {
                String x = "sum(cos(w.lat) * cos(w.lon))";
                String y = "sum(cos(w.lat) * sin(w.lon))";
                yield "(SELECT spoint(atan2(" + y + ", " + x + "), atan2(sum(sin(w.lat)), sqrt(power(" + x + ", 2) + power("
                        + y + ", 2)))) FROM (SELECT a.v[2 * k - 1] AS lon, a.v[2 * k] AS lat FROM (SELECT "
                        + OutputForms.polygonRadians(g.sql()) + " AS v) AS a, generate_series(1, array_length(a.v, 1) / 2)"
                        + " AS k) AS w)";
            }
        };
        return Typed.computed(sql, Kind.POINT, "centroid");
    }

    private Typed area(FunctionCall call) {
        ExpressionTranslator.checkArity(call, 1, 1);
        Typed g = geometry(call.arguments().get(0), call.name());
        if (g.kind() == Kind.POINT) {
            throw new AdqlException("AREA takes a CIRCLE or a POLYGON, not a POINT", call.position());
        }
        // area() is in steradians; two conversions from radians to degrees make square degrees.
        return Typed.computed("degrees(degrees(area(" + g.sql() + ")))", Kind.DOUBLE, "area", "deg**2");
    }

    private Typed coordinate(FunctionCall call) {
        ExpressionTranslator.checkArity(call, 1, 1);
        Typed p = pointValue(call.arguments().get(0), call.name());
        String accessor = call.name().equals("COORD1") ? "long" : "lat";
        return Typed.computed("degrees(" + accessor + "(" + p.sql() + "))", Kind.DOUBLE,
                call.name().toLowerCase(Locale.ROOT), "deg");
    }

    private Typed pointValue(Expression argument, String function) {
        Typed value = expressions.expression(argument);
        if (value.kind() != Kind.POINT) {
            throw new AdqlException(function + " needs a POINT here, not " + value.kind().aLabel() + " value",
                    argument.position());
        }
        return value;
    }

    private Typed geometry(Expression argument, String function) {
        Typed value = expressions.expression(argument);
        if (!value.kind().isGeometry()) {
            throw new AdqlException(function + " needs a geometry (POINT, CIRCLE, POLYGON) here, not "
                    + value.kind().aLabel() + " value", argument.position());
        }
        return value;
    }

    /**
     * The arguments after the optional coordinate system string, which must be empty or ICRS: positions
     * here are ICRS and there is nothing to transform.
     */
    private static List<Expression> withoutCoordinateSystem(FunctionCall call) {
        List<Expression> arguments = call.arguments();
        if (!arguments.isEmpty() && arguments.get(0) instanceof Expression.StringLiteral system) {
            String name = system.value().trim().toUpperCase(Locale.ROOT);
            if (!name.isEmpty() && !name.equals("ICRS") && !name.startsWith("ICRS ")) {
                throw new AdqlException("coordinate system '" + system.value() + "' is not supported; positions "
                        + "here are ICRS", system.position());
            }
            return arguments.subList(1, arguments.size());
        }
        return arguments;
    }

    private static AdqlException arity(FunctionCall call, String expected, int given) {
        return new AdqlException(call.name() + " takes " + expected + ", not " + given + " argument"
                + (given == 1 ? "" : "s"), call.position());
    }
}
