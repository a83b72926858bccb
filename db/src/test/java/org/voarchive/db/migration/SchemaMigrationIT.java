package org.voarchive.db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.xml.IvoaSchemas;

class SchemaMigrationIT {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() throws SQLException {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }

    private static List<Map<String, String>> query(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(r.getMetaData().getColumnLabel(i), r.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void tapSchemaDescribesObscoreColumnForColumn() throws SQLException {
        Map<String, String> actual = new HashMap<>();
        for (var row : query("SELECT column_name, udt_name FROM information_schema.columns "
                + "WHERE table_schema = 'ivoa' AND table_name = 'obscore'")) {
            actual.put(row.get("column_name"), row.get("udt_name"));
        }
        Map<String, String> described = new HashMap<>();
        for (var row : query("SELECT column_name, datatype, arraysize, xtype FROM tap_schema.columns "
                + "WHERE table_name = 'ivoa.obscore'")) {
            described.put(row.get("column_name"), row.get("datatype") + "/" + row.get("arraysize") + "/" + row.get("xtype"));
        }
        assertEquals(actual.keySet(), described.keySet(), "TAP_SCHEMA lists exactly the columns of ivoa.obscore");
        Map<String, String> expected = Map.of("text", "char/*/null", "float8", "double/null/null",
                "int8", "long/null/null", "int4", "int/null/null", "timestamp", "char/*/timestamp",
                "spoly", "char/*/adql:REGION", "spoint", "double/2/point");
        actual.forEach((column, type) -> assertEquals(expected.get(type), described.get(column),
                "TAP_SCHEMA type of " + column + " (" + type + ")"));
    }

    @Test
    void tapSchemaDescribesItselfAndEveryTable() throws SQLException {
        for (var table : query("SELECT table_name FROM tap_schema.tables")) {
            String[] parts = table.get("table_name").split("\\.");
            var columns = query("SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = '"
                    + parts[0] + "' AND table_name = '" + parts[1] + "'");
            var describedColumns = query("SELECT count(*) AS n FROM tap_schema.columns WHERE table_name = '"
                    + table.get("table_name") + "'");
            assertEquals(columns.get(0).get("n"), describedColumns.get(0).get("n"), table.get("table_name"));
            assertFalse("0".equals(columns.get(0).get("n")), "table exists: " + table.get("table_name"));
        }
        assertEquals(16, query("SELECT * FROM tap_schema.tables").size());
        // fixed-size arrays state their size in the deprecated column too
        assertEquals("2", query("SELECT \"size\" AS s FROM tap_schema.columns WHERE column_name = 's_position'")
                .get(0).get("s"));
        // every key refers to described tables and columns
        assertEquals(0, query("""
                SELECT k.key_id FROM tap_schema.keys k JOIN tap_schema.key_columns kc USING (key_id)
                WHERE NOT EXISTS (SELECT 1 FROM tap_schema.columns c WHERE c.table_name = k.from_table
                                  AND c.column_name = kc.from_column)
                   OR NOT EXISTS (SELECT 1 FROM tap_schema.columns c WHERE c.table_name = k.target_table
                                  AND c.column_name = kc.target_column)
                """).size());
    }

    @Test
    void standardColumnsCarryTheObsCoreMetadata() throws SQLException, IOException {
        Path tsv = IvoaSchemas.directory().resolve("obscore-columns.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(tsv), "skipped: no " + tsv);
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        Map<String, Map<String, String>> described = new HashMap<>();
        for (var row : query("SELECT * FROM tap_schema.columns WHERE table_name = 'ivoa.obscore'")) {
            described.put(row.get("column_name"), row);
        }
        int mandatory = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String name = f[header.indexOf("column_name")];
            boolean isMandatory = f[header.indexOf("mandatory")].equals("yes");
            var row = described.get(name);
            if (isMandatory) {
                mandatory++;
                assertTrue(row != null, "mandatory ObsCore column missing: " + name);
            }
            if (row == null) {
                continue;
            }
            // the standard's appendix says meta.bib; its data model table and taplint say meta.bib.bibcode
            String ucd = name.equals("bib_reference") ? "meta.bib.bibcode" : f[header.indexOf("ucd")];
            assertEquals(ucd, row.get("ucd"), "UCD of " + name);
            assertEquals(f[header.indexOf("utype")], row.get("utype"), "utype of " + name);
            String unit = f[header.indexOf("unit")];
            assertEquals(unit.isEmpty() ? null : unit, row.get("unit"), "unit of " + name);
            assertEquals("1", row.get("std"), "std flag of " + name);
        }
        assertEquals(30, mandatory);
        assertTrue(described.containsKey("obs_release_date"));
        for (String phase3 : List.of("snr", "em_res_power", "abmaglim", "psf_fwhm", "obstech", "filter")) {
            assertTrue(described.containsKey(phase3), "Phase 3 column " + phase3);
        }
    }

    @Test
    void theReaderRoleMayReadButNotWrite() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL ROLE " + TestDatabase.READER_ROLE);
            s.executeQuery("SELECT count(*) FROM ivoa.obscore").close();
            s.executeQuery("SELECT count(*) FROM tap_schema.columns").close();
            SQLException denied = assertThrows(SQLException.class,
                    () -> s.execute("DELETE FROM tap_schema.columns"));
            assertEquals("42501", denied.getSQLState(), denied.getMessage());
            c.rollback();
        }
    }

    @Test
    void positionAndRegionSearchesUseTheGistIndexes() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL enable_seqscan = off");
            String cone = plan(s, "SELECT obs_publisher_did FROM ivoa.obscore "
                    + "WHERE s_position <@ scircle(spoint(radians(10), radians(-20)), radians(0.5))");
            assertTrue(cone.contains("obscore_s_position_idx"), cone);
            String overlap = plan(s, "SELECT obs_publisher_did FROM ivoa.obscore "
                    + "WHERE s_region && scircle(spoint(radians(10), radians(-20)), radians(0.5))");
            assertTrue(overlap.contains("obscore_s_region_idx"), overlap);
            c.rollback();
        }
    }

    private static String plan(Statement s, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        String before = query("SELECT count(*) AS n FROM flyway_schema_history").get(0).get("n");
        String version = new SchemaMigration(db.dataSource(), TestDatabase.READER_ROLE).migrate();
        assertEquals("9", version);
        assertEquals(before, query("SELECT count(*) AS n FROM flyway_schema_history").get(0).get("n"));
    }

    @Test
    void withoutPgSphereTheMigrationSaysWhatToDo() throws SQLException {
        try (TestDatabase bare = TestDatabase.create("template0")) {
            FlywayException e = assertThrows(FlywayException.class,
                    () -> new SchemaMigration(bare.dataSource(), TestDatabase.READER_ROLE).migrate());
            assertTrue(e.getMessage().contains("CREATE EXTENSION pg_sphere"), e.getMessage());
        }
    }
}
