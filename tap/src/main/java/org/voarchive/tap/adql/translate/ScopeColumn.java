package org.voarchive.tap.adql.translate;

import java.util.Objects;
import org.voarchive.server.tables.ColumnDescription;

/**
 * A column that names in a query can refer to: a table's column, a derived table's or common table's
 * output column, or the single column that a USING or NATURAL join makes of two.
 *
 * @param name the name it answers to (as stored for table columns, normalized for aliases)
 * @param sql how the SQL refers to it, for example {@code "t1"."s_ra"}
 * @param kind its type
 * @param description its metadata
 * @param owner the FROM item it belongs to, or null for a column merged by a join
 * @param stored whether it is a column of a database table (not computed), so its SQL type is the one
 *     TAP_SCHEMA describes
 */
record ScopeColumn(String name, String sql, Kind kind, ColumnDescription description, RangeVariable owner,
        boolean stored) {

    ScopeColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    /** This column as a value. */
    Typed value() {
        return new Typed(sql, kind, description, this);
    }
}
