package org.voarchive.server.tables;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as TAP_SCHEMA 1.1 describes it, with its columns in {@code column_index} order.
 *
 * @param schemaName the schema, for example {@code ivoa}
 * @param tableName the qualified name as in TAP_SCHEMA, for example {@code ivoa.obscore}
 * @param tableType {@code table} or {@code view}
 * @param utype utype, or null
 * @param description human description, or null
 * @param columns the columns, never empty
 * @param foreignKeys keys from this table to others
 */
public record TableDescription(String schemaName, String tableName, String tableType, String utype,
        String description, List<ColumnDescription> columns, List<ForeignKey> foreignKeys) {

    public TableDescription {
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(tableName, "tableName");
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The table name without its schema, for example {@code obscore}. */
    public String simpleName() {
        int dot = tableName.lastIndexOf('.');
        return dot < 0 ? tableName : tableName.substring(dot + 1);
    }

    /** The column with this exact name, or empty. */
    public Optional<ColumnDescription> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The column whose name equals this one ignoring case, as a regular ADQL identifier matches; or empty. */
    public Optional<ColumnDescription> columnIgnoringCase(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /**
     * A foreign key of TAP_SCHEMA.keys and key_columns.
     *
     * @param keyId the key's identifier
     * @param targetTable the qualified name of the table it points to
     * @param fromColumns columns of this table
     * @param targetColumns matching columns of the target table, in the same order
     * @param description human description, or null
     */
    public record ForeignKey(String keyId, String targetTable, List<String> fromColumns, List<String> targetColumns,
            String description) {

        public ForeignKey {
            fromColumns = List.copyOf(fromColumns);
            targetColumns = List.copyOf(targetColumns);
        }
    }
}
