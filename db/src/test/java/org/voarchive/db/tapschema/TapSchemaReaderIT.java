package org.voarchive.db.tapschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableDescription;

class TapSchemaReaderIT {

    private static TestDatabase db;
    private static List<SchemaDescription> schemas;

    @BeforeAll
    static void read() throws Exception {
        db = TestDatabase.migrated();
        try (Connection c = db.dataSource().getConnection()) {
            schemas = TapSchemaReader.read(c);
        }
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void schemasAndTablesInIndexOrder() {
        assertEquals(List.of("ivoa", "tap_schema", "archive"), schemas.stream().map(SchemaDescription::name).toList());
        assertEquals(List.of("tap_schema.schemas", "tap_schema.tables", "tap_schema.columns", "tap_schema.keys",
                "tap_schema.key_columns"), schemas.get(1).tables().stream().map(TableDescription::tableName).toList());
    }

    @Test
    void obscoreColumnsInColumnIndexOrderWithMetadata() throws Exception {
        TableDescription obscore = schemas.get(0).tables().get(0);
        assertEquals("ivoa.obscore", obscore.tableName());
        assertEquals(db.scalar("SELECT count(*) FROM tap_schema.columns WHERE table_name = 'ivoa.obscore'"),
                obscore.columns().size());
        assertEquals("dataproduct_type", obscore.columns().get(0).name());
        ColumnDescription ra = obscore.column("s_ra").orElseThrow();
        assertEquals("deg", ra.unit());
        assertEquals("pos.eq.ra", ra.ucd());
        assertTrue(ra.std() && ra.principal());
        ColumnDescription region = obscore.columnIgnoringCase("S_REGION").orElseThrow();
        assertEquals("adql:REGION", region.xtype());
        assertTrue(region.indexed());
    }

    @Test
    void foreignKeysOfTapSchemaItself() {
        TableDescription columns = schemas.get(1).tables().get(2);
        assertEquals(1, columns.foreignKeys().size());
        TableDescription.ForeignKey key = columns.foreignKeys().get(0);
        assertEquals("tap_schema.tables", key.targetTable());
        assertEquals(List.of("table_name"), key.fromColumns());
        TableDescription keys = schemas.get(1).tables().get(3);
        assertEquals(2, keys.foreignKeys().size(), "keys points at tables twice (from and target)");
    }
}
