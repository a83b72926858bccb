package org.voarchive.server.tables;

import java.util.List;

/**
 * One schema of TAP_SCHEMA.schemas with its tables, in {@code table_index} order.
 *
 * @param name the schema name
 * @param utype utype, or null
 * @param description human description, or null
 * @param tables the schema's tables
 */
public record SchemaDescription(String name, String utype, String description, List<TableDescription> tables) {

    public SchemaDescription {
        tables = List.copyOf(tables);
    }
}
