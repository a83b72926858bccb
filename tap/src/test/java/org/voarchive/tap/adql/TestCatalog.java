package org.voarchive.tap.adql;

import java.util.List;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.server.tables.TableDescription;

/**
 * A small fixed catalog for the unit tests: part of ivoa.obscore, tap_schema.tables and columns as the
 * migrations describe them, and a schema whose names need care (a table name that two schemas share, a
 * mixed-case table and column, a column named with a reserved word).
 */
final class TestCatalog implements TableCatalog {

    static final TableDescription OBSCORE = table("ivoa", "ivoa.obscore",
            column("dataproduct_type", "char", "*", null, null),
            column("calib_level", "int", null, null, null),
            column("obs_id", "char", "*", null, null),
            column("obs_publisher_did", "char", "*", null, null),
            column("obs_release_date", "char", "*", "timestamp", null),
            column("access_estsize", "long", null, null, "kbyte"),
            column("target_name", "char", "*", null, null),
            column("s_ra", "double", null, null, "deg"),
            column("s_dec", "double", null, null, "deg"),
            column("s_fov", "double", null, null, "deg"),
            column("s_region", "char", "*", "adql:REGION", null),
            column("s_position", "double", "2", "point", "deg"),
            column("t_min", "double", null, null, "d"),
            column("em_min", "double", null, null, "m"),
            column("instrument_name", "char", "*", null, null));

    static final TableDescription TABLES = table("tap_schema", "tap_schema.tables",
            column("schema_name", "char", "*", null, null),
            column("table_name", "char", "*", null, null),
            column("table_type", "char", "*", null, null),
            column("description", "char", "*", null, null),
            column("table_index", "int", null, null, null));

    static final TableDescription COLUMNS = table("tap_schema", "tap_schema.columns",
            column("table_name", "char", "*", null, null),
            column("column_name", "char", "*", null, null),
            column("datatype", "char", "*", null, null),
            column("\"size\"", "int", null, null, null),
            column("description", "char", "*", null, null),
            column("column_index", "int", null, null, null));

    /** A second table named "columns", so that the unqualified name is ambiguous. */
    static final TableDescription OTHER_COLUMNS = table("other", "other.columns",
            column("id", "long", null, null, null),
            column("table_name", "char", "*", null, null));

    static final TableDescription MIXED = table("other", "other.Mixed",
            column("id", "long", null, null, null),
            column("CamelCase", "double", null, null, null),
            column("flags", "int", null, null, null),
            column("small", "short", null, null, null));

    @Override
    public List<SchemaDescription> schemas() {
        return List.of(new SchemaDescription("ivoa", null, null, List.of(OBSCORE)),
                new SchemaDescription("tap_schema", null, null, List.of(TABLES, COLUMNS)),
                new SchemaDescription("other", null, null, List.of(OTHER_COLUMNS, MIXED)));
    }

    private static TableDescription table(String schema, String name, ColumnDescription... columns) {
        return new TableDescription(schema, name, "table", null, null, List.of(columns), List.of());
    }

    private static ColumnDescription column(String name, String datatype, String arraysize, String xtype,
            String unit) {
        return new ColumnDescription(name, datatype, arraysize, xtype, unit, "ucd." + name, null, "the " + name,
                false, false, false);
    }
}
