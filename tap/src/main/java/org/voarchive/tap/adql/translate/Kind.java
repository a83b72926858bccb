package org.voarchive.tap.adql.translate;

import java.util.Locale;
import org.voarchive.server.tables.ColumnDescription;

/**
 * The type of a value as the translator tracks it: enough to choose SQL for functions and operators, to
 * refuse mistyped arguments, and to describe computed output columns in VOTable terms.
 */
enum Kind {
    BOOLEAN("boolean", null, null, "boolean"),
    SMALLINT("short", null, null, "smallint"),
    INTEGER("int", null, null, "integer"),
    BIGINT("long", null, null, "bigint"),
    REAL("float", null, null, "real"),
    DOUBLE("double", null, null, "double precision"),
    CHAR("char", "*", null, null),
    TIMESTAMP("char", "*", "timestamp", null),
    POINT("double", "2", "point", null),
    CIRCLE("double", "3", "circle", null),
    POLYGON("double", "*", "polygon", null),
    /** The NULL literal, which fits any type. */
    NULL("char", "*", null, null),
    /** A column type the translator has no rules for (an array, a MOC); it can only be passed through. */
    OTHER("char", "*", null, null);

    private final String datatype;
    private final String arraysize;
    private final String xtype;
    private final String sqlType;

    Kind(String datatype, String arraysize, String xtype, String sqlType) {
        this.datatype = datatype;
        this.arraysize = arraysize;
        this.xtype = xtype;
        this.sqlType = sqlType;
    }

    /** The kind of a column's values, from its VOTable datatype, arraysize and xtype. */
    static Kind of(ColumnDescription column) {
        String xtype = column.xtype() == null ? "" : column.xtype().toLowerCase(Locale.ROOT);
        switch (xtype) {
            case "point":
                return POINT;
            case "circle":
                return CIRCLE;
            case "polygon", "adql:region":
                // ObsCore's s_region is a REGION; the archive stores regions as pgSphere polygons
                return POLYGON;
            case "timestamp":
                return TIMESTAMP;
            default:
                break;
        }
        String datatype = column.datatype();
        if (datatype.equals("char") || datatype.equals("unicodeChar")) {
            return CHAR;
        }
        if (column.arraysize() != null) {
            return OTHER;
        }
        return switch (datatype) {
            case "boolean" -> BOOLEAN;
            case "unsignedByte", "short" -> SMALLINT;
            case "int" -> INTEGER;
            case "long" -> BIGINT;
            case "float" -> REAL;
            case "double" -> DOUBLE;
            default -> OTHER;
        };
    }

    boolean isNumeric() {
        return this == SMALLINT || this == INTEGER || this == BIGINT || this == REAL || this == DOUBLE;
    }

    boolean isInteger() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }

    boolean isGeometry() {
        return this == POINT || this == CIRCLE || this == POLYGON;
    }

    /** The SQL name of a numeric or boolean kind, for CAST; null for the others. */
    String sqlType() {
        return sqlType;
    }

    /** The description of a computed value of this kind. */
    ColumnDescription describe(String name) {
        return ColumnDescription.of(name, datatype, arraysize, xtype);
    }

    /** A column's description changed to say this kind (after a UNION widened an integer to a double). */
    ColumnDescription retype(ColumnDescription column) {
        return new ColumnDescription(column.name(), datatype, arraysize, xtype, column.unit(), column.ucd(),
                column.utype(), column.description(), column.principal(), column.indexed(), column.std());
    }

    /**
     * The kind that holds values of both numeric kinds, as PostgreSQL's arithmetic and UNION pick it; a
     * NULL gives way to the other kind.
     */
    static Kind wider(Kind a, Kind b) {
        if (a == NULL) {
            return b;
        }
        if (b == NULL) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The name used in messages. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name with its indefinite article, for messages: "an integer", "a double". */
    String aLabel() {
        return ("aeiou".indexOf(label().charAt(0)) >= 0 ? "an " : "a ") + label();
    }
}
