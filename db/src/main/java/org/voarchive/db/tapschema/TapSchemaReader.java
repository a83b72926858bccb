package org.voarchive.db.tapschema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableDescription;

/** Reads the whole of TAP_SCHEMA in four queries, in its index order. */
public final class TapSchemaReader {

    static final String SCHEMAS = """
            SELECT schema_name, utype, description FROM tap_schema.schemas
            ORDER BY schema_index NULLS LAST, schema_name
            """;
    static final String TABLES = """
            SELECT schema_name, table_name, table_type, utype, description FROM tap_schema.tables
            ORDER BY table_index NULLS LAST, table_name
            """;
    static final String COLUMNS = """
            SELECT table_name, column_name, datatype, arraysize, xtype, unit, ucd, utype, description,
                   principal, indexed, std
            FROM tap_schema.columns ORDER BY table_name, column_index NULLS LAST, column_name
            """;
    static final String KEYS = """
            SELECT k.key_id, k.from_table, k.target_table, k.description, kc.from_column, kc.target_column
            FROM tap_schema.keys k JOIN tap_schema.key_columns kc USING (key_id)
            ORDER BY k.key_id, kc.from_column
            """;

    private TapSchemaReader() {
    }

    /** Everything TAP_SCHEMA describes, read on the caller's connection. */
    public static List<SchemaDescription> read(Connection c) throws SQLException {
        Map<String, List<ColumnDescription>> columns = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(COLUMNS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new ColumnDescription(
                        r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getString(8), r.getString(9), r.getInt(10) == 1, r.getInt(11) == 1, r.getInt(12) == 1));
            }
        }
        Map<String, Map<String, KeyBuilder>> keys = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(KEYS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                KeyBuilder key = keys.computeIfAbsent(r.getString(2), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.getString(1), id -> new KeyBuilder(id));
                key.target = r.getString(3);
                key.description = r.getString(4);
                key.from.add(r.getString(5));
                key.to.add(r.getString(6));
            }
        }
        Map<String, List<TableDescription>> tables = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(TABLES); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String name = r.getString(2);
                List<TableDescription.ForeignKey> foreignKeys = keys.getOrDefault(name, Map.of()).values().stream()
                        .map(KeyBuilder::build).toList();
                tables.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new TableDescription(
                        r.getString(1), name, r.getString(3), r.getString(4), r.getString(5),
                        columns.getOrDefault(name, List.of()), foreignKeys));
            }
        }
        List<SchemaDescription> schemas = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SCHEMAS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                schemas.add(new SchemaDescription(r.getString(1), r.getString(2), r.getString(3),
                        tables.getOrDefault(r.getString(1), List.of())));
            }
        }
        return List.copyOf(schemas);
    }

    private static final class KeyBuilder {
        private final String id;
        private final List<String> from = new ArrayList<>();
        private final List<String> to = new ArrayList<>();
        private String target;
        private String description;

        KeyBuilder(String id) {
            this.id = id;
        }

        TableDescription.ForeignKey build() {
            return new TableDescription.ForeignKey(id, target, from, to, description);
        }
    }
}
