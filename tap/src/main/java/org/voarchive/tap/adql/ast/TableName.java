package org.voarchive.tap.adql.ast;

import java.util.Objects;

/**
 * A table name, possibly qualified by its schema.
 *
 * @param schema the schema, or null when not written
 * @param table the table's own name
 */
public record TableName(Identifier schema, Identifier table) {

    public TableName {
        Objects.requireNonNull(table, "table");
    }

    public Position position() {
        return schema != null ? schema.position() : table.position();
    }

    @Override
    public String toString() {
        return schema == null ? table.toString() : schema + "." + table;
    }
}
