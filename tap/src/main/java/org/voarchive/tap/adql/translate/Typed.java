package org.voarchive.tap.adql.translate;

import java.util.Objects;
import org.voarchive.server.tables.ColumnDescription;

/**
 * A translated value expression: its SQL, its kind, what to say about it as an output column, and, when
 * the expression is nothing but a column reference, that column.
 *
 * @param sql the PostgreSQL text, parenthesized where it has operators
 * @param kind its type
 * @param description its metadata as an output column, named by default
 * @param column the column it is, or null for a computed value
 */
record Typed(String sql, Kind kind, ColumnDescription description, ScopeColumn column) {

    Typed {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** A computed value with default metadata for its kind. */
    static Typed computed(String sql, Kind kind, String name) {
        return new Typed(sql, kind, kind.describe(name), null);
    }

    /** A computed value whose metadata gives a unit. */
    static Typed computed(String sql, Kind kind, String name, String unit) {
        ColumnDescription d = kind.describe(name);
        return new Typed(sql, kind, new ColumnDescription(d.name(), d.datatype(), d.arraysize(), d.xtype(), unit,
                null, null, null, false, false, false), null);
    }
}
