package org.voarchive.tap.adql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.demo.DemoLoader;
import org.voarchive.db.tapschema.TapSchemaReader;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.tables.SchemaDescription;

/**
 * Translated queries run for real against the demo holdings, as the read-only role, and agree with
 * equivalent SQL written by hand; positional searches use the GiST indexes.
 */
class AdqlTranslatorIT {

    private static TestDatabase db;
    private static AdqlTranslator translator;

    @BeforeAll
    static void loadDemoHoldings() throws SQLException {
        db = TestDatabase.migrated();
        new DemoLoader(db.dataSource()).loadIfEmpty(new DemoHoldings("archive.test", URI.create("http://localhost:8080/")));
        db.releaseEverything();
        List<SchemaDescription> schemas;
        try (Connection c = db.dataSource().getConnection()) {
            schemas = TapSchemaReader.read(c);
        }
        translator = new AdqlTranslator(() -> schemas);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    /** Runs a query as the user would: translated, as the reader role, in a read-only transaction. */
    private static List<Object[]> rows(String adql, long maxrec) throws SQLException {
        TranslatedQuery query = translator.translate(adql, maxrec);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            s.execute("SET LOCAL ROLE \"" + TestDatabase.READER_ROLE + "\"");
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery(query.sql())) {
                assertEquals(query.columns().size(), r.getMetaData().getColumnCount(), query.sql());
                while (r.next()) {
                    Object[] row = new Object[query.columns().size()];
                    for (int i = 0; i < row.length; i++) {
                        Object value = r.getObject(i + 1);
                        row[i] = value instanceof Array array ? doubles(array) : value;
                    }
                    rows.add(row);
                }
            }
            c.rollback();
            return rows;
        }
    }

    private static List<Object[]> rows(String adql) throws SQLException {
        return rows(adql, 1_000_000);
    }

    private static double[] doubles(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = ((Number) values[i]).doubleValue();
        }
        return result;
    }

    private static long count(String adql) throws SQLException {
        return ((Number) rows(adql).get(0)[0]).longValue();
    }

    private static List<String> plan(String adql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            List<String> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery("EXPLAIN " + translator.translate(adql, 100).sql())) {
                while (r.next()) {
                    lines.add(r.getString(1));
                }
            }
            return lines;
        }
    }

    // -----------------------------------------------------------------------------------------------

    @Test
    void countsAgreeWithDirectSql() throws SQLException {
        assertEquals(6000, count("SELECT COUNT(*) FROM ivoa.obscore"));
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE calib_level = 3 AND dataproduct_type = "
                + "'spectrum'"), count("SELECT COUNT(*) FROM ivoa.obscore WHERE calib_level = 3 AND dataproduct_type = "
                + "'spectrum'"));
        assertEquals(db.scalar("SELECT count(DISTINCT instrument_name) FROM ivoa.obscore"),
                count("SELECT COUNT(DISTINCT instrument_name) FROM ivoa.obscore"));
    }

    @Test
    void joinsObscoreWithTapSchema() throws SQLException {
        assertEquals(6000, count("SELECT COUNT(*) FROM ivoa.obscore AS o JOIN tap_schema.columns AS c "
                + "ON c.table_name = 'ivoa.obscore' AND c.column_name = 'obs_id'"));
        List<Object[]> described = rows("SELECT c.column_name, c.unit FROM tap_schema.columns AS c JOIN "
                + "tap_schema.tables AS t USING (table_name) WHERE t.schema_name = 'ivoa' AND c.column_name IN "
                + "('s_ra', 's_fov') ORDER BY column_name");
        assertEquals(List.of("s_fov", "s_ra"), described.stream().map(r -> r[0]).toList());
        assertEquals("deg", described.get(0)[1]);
        assertEquals(db.scalar("SELECT count(*) FROM tap_schema.tables NATURAL JOIN tap_schema.columns"),
                count("SELECT COUNT(*) FROM tap_schema.tables NATURAL JOIN tap_schema.columns"));
        assertEquals(db.scalar("SELECT count(*) FROM tap_schema.columns c LEFT JOIN tap_schema.keys k ON "
                + "k.from_table = c.table_name"), count("SELECT COUNT(*) FROM tap_schema.columns AS c LEFT OUTER JOIN "
                + "tap_schema.keys AS k ON k.from_table = c.table_name"));
    }

    @Test
    void subqueries() throws SQLException {
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE t_exptime = (SELECT max(t_exptime) FROM "
                + "ivoa.obscore)"), count("SELECT COUNT(*) FROM ivoa.obscore WHERE t_exptime = (SELECT MAX(t_exptime) "
                + "FROM ivoa.obscore)"));
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore o WHERE EXISTS (SELECT 1 FROM tap_schema.columns c "
                + "WHERE c.column_name = o.instrument_name)"), count("SELECT COUNT(*) FROM ivoa.obscore AS o WHERE "
                + "EXISTS (SELECT 1 FROM tap_schema.columns AS c WHERE c.column_name = o.instrument_name)"));
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE instrument_name IN (SELECT instrument_name "
                + "FROM ivoa.obscore WHERE dataproduct_type = 'cube')"), count("SELECT COUNT(*) FROM ivoa.obscore "
                + "WHERE instrument_name IN (SELECT instrument_name FROM ivoa.obscore WHERE dataproduct_type = 'cube')"));
        assertEquals(db.scalar("SELECT count(*) FROM (SELECT instrument_name, count(*) FROM ivoa.obscore GROUP BY 1) "
                + "x"), count("SELECT COUNT(*) FROM (SELECT instrument_name, COUNT(*) AS n FROM ivoa.obscore GROUP BY "
                + "instrument_name) AS x"));
    }

    @Test
    void setOperations() throws SQLException {
        assertEquals(db.scalar("SELECT count(*) FROM (SELECT instrument_name FROM ivoa.obscore UNION SELECT "
                + "facility_name FROM ivoa.obscore) x"), rows("SELECT instrument_name FROM ivoa.obscore UNION SELECT "
                + "facility_name FROM ivoa.obscore").size());
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE calib_level = 2") * 2,
                rows("SELECT obs_id FROM ivoa.obscore WHERE calib_level = 2 UNION ALL SELECT obs_id FROM ivoa.obscore "
                        + "WHERE calib_level = 2").size());
        assertEquals(db.scalar("SELECT count(*) FROM (SELECT instrument_name FROM ivoa.obscore WHERE dataproduct_type "
                + "= 'image' INTERSECT SELECT instrument_name FROM ivoa.obscore WHERE calib_level = 3) x"),
                rows("SELECT instrument_name FROM ivoa.obscore WHERE dataproduct_type = 'image' INTERSECT SELECT "
                        + "instrument_name FROM ivoa.obscore WHERE calib_level = 3").size());
        List<Object[]> except = rows("SELECT dataproduct_type FROM ivoa.obscore EXCEPT SELECT dataproduct_type FROM "
                + "ivoa.obscore WHERE dataproduct_type <> 'cube' ORDER BY 1");
        assertEquals(1, except.size());
        assertEquals("cube", except.get(0)[0]);
    }

    @Test
    void commonTables() throws SQLException {
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE calib_level = 3 AND s_dec < 0"),
                count("WITH reduced AS (SELECT * FROM ivoa.obscore WHERE calib_level = 3), south AS (SELECT obs_id "
                        + "FROM reduced WHERE s_dec < 0) SELECT COUNT(*) FROM south"));
    }

    @Test
    void groupByHavingAndOrdering() throws SQLException {
        List<Object[]> rows = rows("SELECT instrument_name AS inst, COUNT(*) AS n, AVG(t_exptime) AS mean FROM "
                + "ivoa.obscore GROUP BY instrument_name HAVING COUNT(*) > 100 ORDER BY n DESC, inst");
        assertEquals(db.scalar("SELECT count(*) FROM (SELECT 1 FROM ivoa.obscore GROUP BY instrument_name HAVING "
                + "count(*) > 100) x"), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue((Long) rows.get(i - 1)[1] >= (Long) rows.get(i)[1]);
        }
        assertInstanceOf(String.class, rows.get(0)[0]);
        assertInstanceOf(Long.class, rows.get(0)[1]);
        assertInstanceOf(Double.class, rows.get(0)[2]);

        List<Object[]> byPosition = rows("SELECT obs_id, s_ra FROM ivoa.obscore ORDER BY 2 DESC OFFSET 5", 3);
        assertEquals(4, byPosition.size());
        List<Object[]> top = rows("SELECT TOP 10 obs_id, s_ra FROM ivoa.obscore ORDER BY s_ra DESC");
        assertEquals(top.get(5)[0], byPosition.get(0)[0]);
    }

    @Test
    void maxrecPlusOneRowsTellOverflow() throws SQLException {
        TranslatedQuery query = translator.translate("SELECT obs_id FROM ivoa.obscore", 10);
        List<Object[]> rows = rows("SELECT obs_id FROM ivoa.obscore", 10);
        assertEquals(11, rows.size());
        assertTrue(query.overflowed(rows.size()));
        assertEquals(7, rows("SELECT TOP 7 obs_id FROM ivoa.obscore", 10).size());
    }

    @Test
    void valuesHaveTheDescribedTypes() throws SQLException {
        Object[] row = rows("SELECT calib_level, access_estsize, s_ra, obs_id, calib_level + 1, calib_level * 1.5, "
                + "ROUND(s_ra, 2), TRUNCATE(s_dec, 1), MOD(s_ra, 10), MOD(calib_level, 2), LOG(s_fov), LOG10(s_fov), "
                + "SQRT(s_fov), CEILING(s_ra), FLOOR(calib_level), CAST(s_ra AS REAL), CAST(calib_level AS SMALLINT), "
                + "SUM(calib_level), COALESCE(t_min, 0), IN_UNIT(em_min, 'nm'), RAND(), PI() FROM ivoa.obscore "
                + "GROUP BY calib_level, access_estsize, s_ra, obs_id, s_dec, s_fov, t_min, em_min").get(0);
        // The driver returns smallint as Integer, as JDBC maps it; the column is described as short.
        Class<?>[] expected = {Integer.class, Long.class, Double.class, String.class, Integer.class, Double.class,
            Double.class, Double.class, Double.class, Integer.class, Double.class, Double.class, Double.class,
            Double.class, Integer.class, Float.class, Integer.class, Long.class, Double.class, Double.class,
            Double.class, Double.class};
        for (int i = 0; i < expected.length; i++) {
            assertInstanceOf(expected[i], row[i], "column " + (i + 1));
        }
    }

    @Test
    void stringsAndPatterns() throws SQLException {
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE lower(instrument_name) LIKE 'uves%'"),
                count("SELECT COUNT(*) FROM ivoa.obscore WHERE instrument_name ILIKE 'uVeS%'"));
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE instrument_name LIKE 'UVES%'"),
                count("SELECT COUNT(*) FROM ivoa.obscore WHERE UPPER(LOWER(instrument_name)) || '' LIKE 'UVES%'"));
        assertEquals(0, count("SELECT COUNT(*) FROM ivoa.obscore WHERE obs_id LIKE '%\\%'"));
        Object[] row = rows("SELECT CASE WHEN calib_level >= 3 THEN 'high' ELSE 'low' END AS grade, "
                + "CASE dataproduct_type WHEN 'cube' THEN 1 ELSE 0 END FROM ivoa.obscore").get(0);
        assertTrue(row[0].equals("high") || row[0].equals("low"));
    }

    @Test
    void injectionAttemptsStayInert() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM ivoa.obscore WHERE obs_id = 'x''; DROP TABLE ivoa.obscore; --'"));
        Object[] row = rows("SELECT TOP 1 'it''s \\ \"q\"; --' AS s, '\\' AS b FROM ivoa.obscore").get(0);
        assertEquals("it's \\ \"q\"; --", row[0], "a backslash escapes nothing");
        assertEquals("\\", row[1]);
        assertEquals(6000, rows("SELECT obs_id AS \"a\"\"; DROP TABLE ivoa.obscore; --\" FROM ivoa.obscore").size());
        assertEquals(6000, db.scalar("SELECT count(*) FROM ivoa.obscore"));
    }

    @Test
    void positionalSearchesAgreeWithPgsphere() throws SQLException {
        String cone = "spoint(radians(%s), radians(%s))";
        Object[] centre = rows("SELECT TOP 1 s_ra, s_dec FROM ivoa.obscore WHERE s_dec BETWEEN -60 AND -20 ORDER BY "
                + "obs_id").get(0);
        String ra = centre[0].toString();
        String dec = centre[1].toString();
        long direct = db.scalar("SELECT count(*) FROM ivoa.obscore WHERE degrees(s_position <-> " + cone.formatted(ra,
                dec) + ") < 5");
        assertTrue(direct > 1, "the cone holds several products");
        assertEquals(direct, count("SELECT COUNT(*) FROM ivoa.obscore WHERE CONTAINS(POINT('ICRS', s_ra, s_dec), "
                + "CIRCLE('ICRS', " + ra + ", " + dec + ", 5)) = 1"));
        assertEquals(direct, count("SELECT COUNT(*) FROM ivoa.obscore WHERE DISTANCE(POINT(s_ra, s_dec), POINT(" + ra
                + ", " + dec + ")) < 5"));
        assertEquals(direct, count("SELECT COUNT(*) FROM ivoa.obscore WHERE DISTANCE(" + ra + ", " + dec
                + ", s_ra, s_dec) < 5"));
        assertEquals(6000 - direct, count("SELECT COUNT(*) FROM ivoa.obscore WHERE CONTAINS(POINT(s_ra, s_dec), "
                + "CIRCLE(" + ra + ", " + dec + ", 5)) = 0"));
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE s_region && scircle(" + cone.formatted(ra, dec)
                + ", radians(5))"), count("SELECT COUNT(*) FROM ivoa.obscore WHERE INTERSECTS(s_region, CIRCLE(" + ra
                + ", " + dec + ", 5)) = 1"));
        long inBox = count("SELECT COUNT(*) FROM ivoa.obscore WHERE CONTAINS(POINT(s_ra, s_dec), BOX(" + ra + ", "
                + dec + ", 4, 4)) = 1");
        long inPolygon = count("SELECT COUNT(*) FROM ivoa.obscore WHERE CONTAINS(s_position, POLYGON(" + ra + " - 2, "
                + dec + " - 2, " + ra + " + 2, " + dec + " - 2, " + ra + " + 2, " + dec + " + 2, " + ra + " - 2, " + dec
                + " + 2)) = 1");
        assertEquals(inBox, inPolygon);
        assertTrue(inBox >= 1 && inBox <= direct, "a 4 degree box is inside a 5 degree cone");
    }

    @Test
    void crossMatchWithinTheTable() throws SQLException {
        assertEquals(6000, count("SELECT COUNT(*) FROM ivoa.obscore AS a JOIN ivoa.obscore AS b ON "
                + "a.obs_publisher_did = b.obs_publisher_did WHERE DISTANCE(POINT(a.s_ra, a.s_dec), POINT(b.s_ra, "
                + "b.s_dec)) < 0.0001"));
    }

    @Test
    void geometriesComeOutInDegrees() throws SQLException {
        Object[] row = rows("SELECT TOP 1 s_ra, s_dec, s_position, POINT(s_ra, s_dec), s_region, COORD1(s_position), "
                + "COORD2(s_position), CIRCLE(10, 20, 1), POLYGON(10, 20, 12, 20, 11, 22), AREA(CIRCLE(10, 20, 1)), "
                + "CENTROID(POLYGON(10, -1, 12, -1, 12, 1, 10, 1)), CENTROID(CIRCLE(10, 20, 1)), COORDSYS(s_region), "
                + "BOX(0, 0, 2, 2), AREA(s_region) FROM ivoa.obscore WHERE s_region IS NOT NULL ORDER BY obs_id").get(0);
        double ra = (Double) row[0];
        double dec = (Double) row[1];
        assertArrayEquals(new double[] {ra, dec}, (double[]) row[2], 1e-9);
        assertArrayEquals(new double[] {ra, dec}, (double[]) row[3], 1e-9);
        String stcs = (String) row[4];
        assertTrue(stcs.startsWith("POLYGON ICRS "), "s_region is ObsCore's REGION, in STC-S: " + stcs);
        double[] region = java.util.Arrays.stream(stcs.substring("POLYGON ICRS ".length()).split(" "))
                .mapToDouble(Double::parseDouble).toArray();
        assertEquals(8, region.length, "four vertices");
        for (int i = 0; i < region.length; i += 2) {
            assertTrue(Math.abs(region[i + 1] - dec) < 2, "vertex near the centre");
        }
        assertEquals(ra, (Double) row[5], 1e-9);
        assertEquals(dec, (Double) row[6], 1e-9);
        assertArrayEquals(new double[] {10, 20, 1}, (double[]) row[7], 1e-9);
        assertArrayEquals(new double[] {10, 20, 12, 20, 11, 22}, (double[]) row[8], 1e-9);
        assertEquals(Math.PI, (Double) row[9], 1e-3, "a circle of 1 degree covers about pi square degrees");
        assertArrayEquals(new double[] {11, 0}, (double[]) row[10], 1e-6);
        assertArrayEquals(new double[] {10, 20}, (double[]) row[11], 1e-9);
        assertEquals("ICRS", row[12]);
        double[] box = (double[]) row[13];
        assertArrayEquals(new double[] {359, -1, 1, -1, 1, 1, 359, 1}, box, 1e-9);
        assertTrue((Double) row[14] > 0);
        assertNull(rows("SELECT TOP 1 CENTROID(s_region), s_region FROM ivoa.obscore WHERE s_region IS NULL").stream()
                .findFirst().map(r -> r[0]).orElse(null));
    }

    // -----------------------------------------------------------------------------------------------
    // Indexes

    @Test
    void containsPointInCircleUsesThePositionIndex() throws SQLException {
        List<String> plan = plan("SELECT obs_id FROM ivoa.obscore WHERE CONTAINS(POINT('ICRS', s_ra, s_dec), "
                + "CIRCLE('ICRS', 210.8, -60.4, 2)) = 1");
        assertTrue(plan.stream().anyMatch(l -> l.contains("obscore_s_position_idx")), String.join("\n", plan));
    }

    @Test
    void distanceBelowALimitUsesThePositionIndex() throws SQLException {
        List<String> plan = plan("SELECT obs_id FROM ivoa.obscore WHERE DISTANCE(POINT(s_ra, s_dec), "
                + "POINT(210.8, -60.4)) < 2");
        assertTrue(plan.stream().anyMatch(l -> l.contains("obscore_s_position_idx")), String.join("\n", plan));
    }

    @Test
    void intersectsRegionUsesTheRegionIndex() throws SQLException {
        List<String> plan = plan("SELECT obs_id FROM ivoa.obscore WHERE INTERSECTS(s_region, CIRCLE(210.8, -60.4, 2))"
                + " = 1");
        assertTrue(plan.stream().anyMatch(l -> l.contains("obscore_s_region_idx")), String.join("\n", plan));
        plan = plan("SELECT obs_id FROM ivoa.obscore WHERE INTERSECTS(s_region, POLYGON(210, -61, 212, -61, 211, -59)) "
                + "= 1");
        assertTrue(plan.stream().anyMatch(l -> l.contains("obscore_s_region_idx")), String.join("\n", plan));
        assertFalse(plan.stream().anyMatch(l -> l.contains("Seq Scan on obscore")), String.join("\n", plan));
    }
}
