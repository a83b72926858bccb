package org.voarchive.tap.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.tables.ColumnDescription;

/** The SQL the translator writes for each construct, and the output columns it describes. */
class AdqlTranslatorTest {

    private final AdqlTranslator translator = new AdqlTranslator(new TestCatalog());

    private String sql(String adql) {
        return translator.translate(adql, 1000).sql();
    }

    private List<ColumnDescription> columns(String adql) {
        return translator.translate(adql, 1000).columns();
    }

    @Test
    void plainSelect() {
        assertEquals("SELECT \"t1\".\"obs_id\" AS \"obs_id\", \"t1\".\"s_ra\" AS \"ra\" FROM \"ivoa\".\"obscore\" AS \"t1\""
                + " WHERE (\"t1\".\"calib_level\" >= 2) LIMIT 1001",
                sql("SELECT obs_id, s_ra AS ra FROM ivoa.obscore WHERE calib_level >= 2"));
    }

    @Test
    void limitIsTopOrMaxrecPlusOne() {
        TranslatedQuery top = translator.translate("SELECT TOP 10 obs_id FROM ivoa.obscore", 1000);
        assertTrue(top.sql().endsWith(" LIMIT 10"), top.sql());
        assertEquals(10, top.limit());
        assertFalse(top.overflowed(10));

        TranslatedQuery capped = translator.translate("SELECT TOP 5000 obs_id FROM ivoa.obscore", 1000);
        assertTrue(capped.sql().endsWith(" LIMIT 1001"), capped.sql());
        assertTrue(capped.overflowed(1001));
        assertFalse(capped.overflowed(1000));

        TranslatedQuery none = translator.translate("SELECT obs_id FROM ivoa.obscore", 0);
        assertTrue(none.sql().endsWith(" LIMIT 1"), none.sql());
        assertTrue(none.overflowed(1));

        assertTrue(translator.translate("SELECT obs_id FROM ivoa.obscore", Long.MAX_VALUE).sql()
                .endsWith(" LIMIT " + Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> translator.translate("SELECT obs_id FROM ivoa.obscore", -1));
    }

    @Test
    void offsetFollowsOrderAndLimit() {
        assertTrue(sql("SELECT TOP 3 obs_id FROM ivoa.obscore ORDER BY obs_id OFFSET 20")
                .endsWith(" ORDER BY 1 LIMIT 3 OFFSET 20"));
    }

    @Test
    void topInsideSubqueriesLimitsThemOnly() {
        String sql = sql("SELECT * FROM (SELECT TOP 5 obs_id FROM ivoa.obscore ORDER BY s_ra) AS x");
        assertTrue(sql.contains("ORDER BY \"t1\".\"s_ra\" LIMIT 5) AS \"t2\""), sql);
        assertTrue(sql.endsWith(" LIMIT 1001"), sql);
    }

    @Test
    void orderByAliasPositionAndExpression() {
        String sql = sql("SELECT obs_id AS id, s_ra FROM ivoa.obscore ORDER BY ID DESC, 2, s_dec * 2 ASC");
        assertTrue(sql.endsWith(" ORDER BY 1 DESC, 2, (\"t1\".\"s_dec\" * 2) LIMIT 1001"), sql);
    }

    @Test
    void setOperationsParenthesizeTheirOperands() {
        String sql = sql("SELECT TOP 2 obs_id FROM ivoa.obscore UNION ALL SELECT table_name FROM tap_schema.tables "
                + "EXCEPT SELECT column_name FROM tap_schema.columns INTERSECT SELECT table_name FROM other.columns "
                + "ORDER BY obs_id");
        assertTrue(sql.startsWith("(((SELECT \"t1\".\"obs_id\" AS \"obs_id\" FROM \"ivoa\".\"obscore\" AS \"t1\" "
                + "LIMIT 2) UNION ALL (SELECT"), sql);
        assertTrue(sql.contains(" EXCEPT ((SELECT \"t3\".\"column_name\""), sql);
        assertTrue(sql.contains(" INTERSECT (SELECT \"t4\".\"table_name\""), sql);
        assertTrue(sql.endsWith(" ORDER BY 1 LIMIT 1001"), sql);
    }

    @Test
    void setOperationsWidenNumericColumns() {
        List<ColumnDescription> columns = columns("SELECT calib_level FROM ivoa.obscore UNION SELECT s_ra FROM "
                + "ivoa.obscore");
        assertEquals("double", columns.get(0).datatype());
        assertEquals("calib_level", columns.get(0).name());
    }

    @Test
    void commonTablesComeFirst() {
        String sql = sql("WITH bright AS (SELECT obs_id, s_ra FROM ivoa.obscore WHERE calib_level = 3) "
                + "SELECT COUNT(*) FROM bright");
        assertEquals("WITH \"bright\" AS (SELECT \"t1\".\"obs_id\" AS \"obs_id\", \"t1\".\"s_ra\" AS \"s_ra\" FROM "
                + "\"ivoa\".\"obscore\" AS \"t1\" WHERE (\"t1\".\"calib_level\" = 3)) SELECT CAST(count(*) AS bigint)"
                + " AS \"count\" FROM \"bright\" AS \"t2\" LIMIT 1001", sql);
    }

    @Test
    void joins() {
        String sql = sql("SELECT o.obs_id, c.column_name FROM ivoa.obscore AS o LEFT OUTER JOIN tap_schema.columns AS c "
                + "ON c.table_name = o.obs_id CROSS JOIN tap_schema.tables AS t");
        assertTrue(sql.contains("FROM \"ivoa\".\"obscore\" AS \"t1\" LEFT OUTER JOIN \"tap_schema\".\"columns\" AS "
                + "\"t2\" ON (\"t2\".\"table_name\" = \"t1\".\"obs_id\") CROSS JOIN \"tap_schema\".\"tables\" AS \"t3\""),
                sql);
        sql = sql("SELECT * FROM other.columns AS a JOIN (tap_schema.tables AS b JOIN tap_schema.columns AS c "
                + "ON b.table_name = c.table_name) ON a.table_name = b.table_name");
        assertTrue(sql.contains("INNER JOIN (\"tap_schema\".\"tables\" AS \"t2\" INNER JOIN"), sql);
    }

    @Test
    void starsExpandToDescribedColumns() {
        List<ColumnDescription> columns = columns("SELECT * FROM tap_schema.tables");
        assertEquals(List.of("schema_name", "table_name", "table_type", "description", "table_index"),
                columns.stream().map(ColumnDescription::name).toList());
        assertEquals(TestCatalog.TABLES.columns(), columns);
        columns = columns("SELECT t.*, c.column_name FROM tap_schema.tables AS t, tap_schema.columns AS c");
        assertEquals(6, columns.size());
    }

    @Test
    void duplicateOutputNamesAreNumbered() {
        List<ColumnDescription> columns = columns("SELECT t.table_name, c.table_name, COUNT(*), COUNT(*) FROM "
                + "tap_schema.tables AS t, tap_schema.columns AS c GROUP BY t.table_name, c.table_name");
        assertEquals(List.of("table_name", "table_name_2", "count", "count_2"),
                columns.stream().map(ColumnDescription::name).toList());
    }

    @Test
    void columnMetadataComesFromTheCatalogUnderTheAlias() {
        ColumnDescription ra = columns("SELECT s_ra AS \"Right Ascension\" FROM ivoa.obscore").get(0);
        assertEquals("Right Ascension", ra.name());
        assertEquals("deg", ra.unit());
        assertEquals("ucd.s_ra", ra.ucd());
        assertEquals("the s_ra", ra.description());
        ColumnDescription viaDerived = columns("SELECT x.r FROM (SELECT s_ra AS r FROM ivoa.obscore) AS x").get(0);
        assertEquals("r", viaDerived.name());
        assertEquals("ucd.s_ra", viaDerived.ucd());
    }

    @Test
    void computedColumnsAreTyped() {
        List<ColumnDescription> c = columns("SELECT COUNT(*), s_ra * 2, calib_level + 1, access_estsize * 2, "
                + "obs_id || 'x', AVG(calib_level), SUM(calib_level), MAX(s_ra), LOWER(obs_id), CAST(s_ra AS INTEGER),"
                + " CAST(obs_id AS VARCHAR(8)), CAST(obs_id AS CHAR(4)), 0x10 & calib_level, CAST('2020-01-01' AS "
                + "TIMESTAMP), small + small FROM ivoa.obscore, other.mixed GROUP BY obs_id, calib_level, s_ra, "
                + "access_estsize, small");
        assertEquals(List.of("long", "double", "int", "long", "char", "double", "long", "double", "char", "int",
                "char", "char", "int", "char", "short"), c.stream().map(ColumnDescription::datatype).toList());
        assertEquals("*", c.get(4).arraysize());
        assertEquals("8*", c.get(10).arraysize());
        assertEquals("4", c.get(11).arraysize());
        assertEquals("timestamp", c.get(13).xtype());
        assertEquals("deg", c.get(7).unit());
        assertEquals("max", c.get(7).name());
    }

    @Test
    void computedNumbersAreCastToTheirDescribedType() {
        String sql = sql("SELECT AVG(s_ra), SUM(access_estsize), 1.5, calib_level FROM ivoa.obscore GROUP BY "
                + "calib_level");
        assertTrue(sql.startsWith("SELECT CAST(avg(\"t1\".\"s_ra\") AS double precision) AS \"avg\", "
                + "CAST(sum(\"t1\".\"access_estsize\") AS bigint) AS \"sum\", CAST(1.5 AS double precision) AS \"expr\","
                + " \"t1\".\"calib_level\" AS \"calib_level\""), sql);
    }

    @Test
    void expressionsAndOperators() {
        String sql = sql("SELECT (s_ra + 1) * 2, obs_id || '-' || target_name FROM ivoa.obscore");
        assertTrue(sql.contains("((\"t1\".\"s_ra\" + 1) * 2)"), sql);
        assertTrue(sql.contains("((\"t1\".\"obs_id\" || '-') || \"t1\".\"target_name\")"), sql);
        assertTrue(sql("SELECT - -1 FROM ivoa.obscore").contains("(- (- 1))"));
    }

    @Test
    void bitwiseOperators() {
        String sql = sql("SELECT flags & 3, flags | 0xF0, flags ^ 1, ~flags FROM other.mixed");
        assertTrue(sql.contains("(\"t1\".\"flags\" & 3)"), sql);
        assertTrue(sql.contains("(\"t1\".\"flags\" | 240)"), sql);
        assertTrue(sql.contains("(\"t1\".\"flags\" # 1)"), sql);
        assertTrue(sql.contains("(~ \"t1\".\"flags\")"), sql);
    }

    @Test
    void predicates() {
        String sql = sql("SELECT obs_id FROM ivoa.obscore WHERE s_ra BETWEEN 1 AND 2 AND s_dec NOT BETWEEN -1 AND 1 "
                + "AND obs_id LIKE 'a%' AND target_name NOT ILIKE '%m31%' AND t_min IS NULL AND em_min IS NOT NULL "
                + "AND calib_level IN (1, 2) AND calib_level NOT IN (SELECT table_index FROM tap_schema.tables) "
                + "AND NOT (s_fov > 1 OR s_fov < 0.5) AND TRUE");
        assertTrue(sql.contains("(\"t1\".\"s_ra\" BETWEEN 1 AND 2)"), sql);
        assertTrue(sql.contains("(\"t1\".\"s_dec\" NOT BETWEEN (- 1) AND 1)"), sql);
        assertTrue(sql.contains("(\"t1\".\"obs_id\" LIKE 'a%' ESCAPE '')"), sql);
        assertTrue(sql.contains("(\"t1\".\"target_name\" NOT ILIKE '%m31%' ESCAPE '')"), sql);
        assertTrue(sql.contains("(\"t1\".\"t_min\" IS NULL)"), sql);
        assertTrue(sql.contains("(\"t1\".\"em_min\" IS NOT NULL)"), sql);
        assertTrue(sql.contains("(\"t1\".\"calib_level\" IN (1, 2))"), sql);
        assertTrue(sql.contains("(\"t1\".\"calib_level\" NOT IN (SELECT \"t2\".\"table_index\" AS \"table_index\" "
                + "FROM \"tap_schema\".\"tables\" AS \"t2\"))"), sql);
        assertTrue(sql.contains("(NOT ((\"t1\".\"s_fov\" > 1) OR (\"t1\".\"s_fov\" < 0.5)))"), sql);
        assertTrue(sql.endsWith("AND TRUE) LIMIT 1001"), sql);
    }

    @Test
    void scalarSubqueryAndExists() {
        String sql = sql("SELECT obs_id, (SELECT MAX(table_index) FROM tap_schema.tables) AS m FROM ivoa.obscore AS o "
                + "WHERE EXISTS (SELECT 1 FROM tap_schema.columns AS c WHERE c.column_name = o.obs_id)");
        assertTrue(sql.contains("CAST((SELECT max(\"t3\".\"table_index\") AS \"max\" FROM \"tap_schema\".\"tables\" AS"
                + " \"t3\") AS integer) AS \"m\""), sql);
        assertTrue(sql.contains("EXISTS (SELECT 1 AS \"expr\" FROM \"tap_schema\".\"columns\" AS \"t2\" WHERE "
                + "(\"t2\".\"column_name\" = \"t1\".\"obs_id\"))"), sql);
    }

    @Test
    void caseCastAndCoalesce() {
        String sql = sql("SELECT CASE calib_level WHEN 1 THEN 'raw' WHEN 2 THEN 'reduced' ELSE 'other' END, "
                + "CASE WHEN s_ra > 180 THEN s_ra - 360 ELSE s_ra END AS ra, COALESCE(t_min, 0), "
                + "CAST(s_ra AS REAL), CAST(calib_level AS DOUBLE PRECISION) FROM ivoa.obscore");
        assertTrue(sql.contains("CASE \"t1\".\"calib_level\" WHEN 1 THEN 'raw' WHEN 2 THEN 'reduced' ELSE 'other' END"
                + " AS \"case\""), sql);
        assertTrue(sql.contains("CASE WHEN (\"t1\".\"s_ra\" > 180) THEN (\"t1\".\"s_ra\" - 360) ELSE \"t1\".\"s_ra\" "
                + "END"), sql);
        assertTrue(sql.contains("COALESCE(\"t1\".\"t_min\", 0)"), sql);
        assertTrue(sql.contains("CAST(CAST(\"t1\".\"s_ra\" AS real) AS real)"), sql);
        assertTrue(sql.contains("CAST(\"t1\".\"calib_level\" AS double precision)"), sql);
    }

    @Test
    void mathFunctionsMapToPostgresql() {
        String sql = sql("SELECT LOG(s_fov), LOG10(s_fov), TRUNCATE(s_ra), TRUNCATE(s_ra, 2), ROUND(s_dec, 1), "
                + "ROUND(s_dec), MOD(calib_level, 3), MOD(s_ra, 10), CEILING(s_ra), CEILING(calib_level), RAND(), "
                + "PI(), POWER(s_fov, 2), ATAN2(s_dec, s_ra), COT(s_ra), ROUND(calib_level, -1) FROM ivoa.obscore");
        for (String part : List.of("ln(\"t1\".\"s_fov\")", "log(\"t1\".\"s_fov\")", "trunc(\"t1\".\"s_ra\")",
                "trunc(CAST(\"t1\".\"s_ra\" AS numeric), 2)", "round(CAST(\"t1\".\"s_dec\" AS numeric), 1)",
                "round(\"t1\".\"s_dec\")", "mod(\"t1\".\"calib_level\", 3)",
                "mod(CAST(\"t1\".\"s_ra\" AS numeric), CAST(10 AS numeric))", "ceil(\"t1\".\"s_ra\")",
                "CAST(\"t1\".\"calib_level\" AS integer) AS \"ceiling_2\"", "random()", "pi()",
                "power(\"t1\".\"s_fov\", 2)", "atan2(\"t1\".\"s_dec\", \"t1\".\"s_ra\")", "cot(\"t1\".\"s_ra\")",
                "CAST(round(CAST(\"t1\".\"calib_level\" AS numeric), (- 1)) AS integer)")) {
            assertTrue(sql.contains(part), part + " in " + sql);
        }
    }

    @Test
    void inUnitConvertsByTheColumnsUnit() {
        TranslatedQuery q = translator.translate("SELECT IN_UNIT(em_min, 'nm') AS wl, IN_UNIT(s_fov, 'arcmin') "
                + "FROM ivoa.obscore", 10);
        assertTrue(q.sql().contains("(\"t1\".\"em_min\" * 1000000000)"), q.sql());
        assertTrue(q.sql().contains("(\"t1\".\"s_fov\" * 60)"), q.sql());
        assertEquals("nm", q.columns().get(0).unit());
        assertEquals("wl", q.columns().get(0).name());
        assertEquals("arcmin", q.columns().get(1).unit());
    }

    // -----------------------------------------------------------------------------------------------
    // Nothing from the query text is pasted into the SQL

    @Test
    void stringsWithQuotesAndSemicolonsStayStrings() {
        String sql = sql("SELECT obs_id FROM ivoa.obscore WHERE obs_id = 'x''; DROP TABLE ivoa.obscore; --'");
        assertTrue(sql.contains("(\"t1\".\"obs_id\" = 'x''; DROP TABLE ivoa.obscore; --')"), sql);
        assertEquals(1, sql.split("'", -1).length % 2, "quotes are balanced: " + sql);
    }

    @Test
    void backslashesCannotEscapeTheQuote() {
        String sql = sql("SELECT obs_id FROM ivoa.obscore WHERE obs_id = 'a\\' OR obs_id LIKE '\\'");
        assertTrue(sql.contains("= E'a\\\\')"), sql);
        assertTrue(sql.contains("LIKE E'\\\\' ESCAPE ''"), sql);
    }

    @Test
    void aliasesWithQuotesAreQuotedAgain() {
        TranslatedQuery q = translator.translate("SELECT obs_id AS \"x\"\"; DROP TABLE t; --\" FROM ivoa.obscore", 10);
        assertTrue(q.sql().startsWith("SELECT \"t1\".\"obs_id\" AS \"x\"\"; DROP TABLE t; --\" FROM"), q.sql());
        assertEquals("x\"; DROP TABLE t; --", q.columns().get(0).name());
    }

    @Test
    void userTableAndColumnNamesNeverReachTheSql() {
        String sql = sql("SELECT O.OBS_ID, \"Weird;Alias\".table_name FROM IVOA.OBSCORE AS O, tap_schema.tables AS "
                + "\"Weird;Alias\"");
        assertFalse(sql.contains("Weird"), sql);
        assertFalse(sql.contains("OBS"), sql);
        assertTrue(sql.contains("\"t1\".\"obs_id\""), sql);
    }

    @Test
    void identifiersThatLookLikeSqlDoNotResolve() {
        AdqlException e = assertThrows(AdqlException.class, () -> translator.translate(
                "SELECT \"obs_id\"\" FROM ivoa.obscore; --\" FROM ivoa.obscore", 10));
        assertTrue(e.getMessage().startsWith("unknown column"), e.getMessage());
    }

    @Test
    void numbersAreWrittenFromTheirValue() {
        String sql = sql("SELECT obs_id FROM ivoa.obscore WHERE s_ra > 1.50E1 AND calib_level = 0x02 AND s_dec < .5");
        assertTrue(sql.contains("(\"t1\".\"s_ra\" > 15.0)"), sql);
        assertTrue(sql.contains("(\"t1\".\"calib_level\" = 2)"), sql);
        assertTrue(sql.contains("(\"t1\".\"s_dec\" < 0.5)"), sql);
    }

    @Test
    void nulCharactersAreRefused() {
        assertThrows(AdqlException.class, () -> translator.translate("SELECT obs_id FROM ivoa.obscore WHERE obs_id = "
                + "'a\0b'", 10));
    }
}
