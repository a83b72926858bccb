package org.voarchive.tap.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and arguments checked against the catalog: what resolves, and where and why what does not. */
class AdqlValidationTest {

    private final AdqlTranslator translator = new AdqlTranslator(new TestCatalog());

    private AdqlException error(String adql) {
        return assertThrows(AdqlException.class, () -> translator.translate(adql, 100));
    }

    private String sql(String adql) {
        return translator.translate(adql, 100).sql();
    }

    @Test
    void unknownTableIsNamedWithItsPosition() {
        AdqlException e = error("SELECT obs_id\nFROM ivoa.nosuch");
        assertEquals("unknown table \"ivoa.nosuch\" at line 2, column 6", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(6, e.column());
    }

    @Test
    void unknownColumnIsNamedWithItsPosition() {
        AdqlException e = error("SELECT obs_id, nosuch FROM ivoa.obscore");
        assertEquals("unknown column \"nosuch\" at line 1, column 16", e.getMessage());
    }

    @Test
    void unknownQualifiedColumnPointsAtTheColumn() {
        AdqlException e = error("SELECT o.nosuch FROM ivoa.obscore AS o");
        assertEquals("unknown column \"o.nosuch\" at line 1, column 10", e.getMessage());
    }

    @Test
    void unknownQualifierIsNamed() {
        AdqlException e = error("SELECT x.obs_id FROM ivoa.obscore AS o");
        assertTrue(e.getMessage().startsWith("unknown table \"x\""), e.getMessage());
        assertEquals(8, e.column());
    }

    @Test
    void regularIdentifiersIgnoreCase() {
        assertTrue(sql("SELECT OBS_ID, Obs_Id FROM IVOA.ObsCore").contains("\"t1\".\"obs_id\""));
        assertTrue(sql("SELECT camelcase, CAMELCASE FROM other.mixed").contains("\"t1\".\"CamelCase\""));
    }

    @Test
    void delimitedIdentifiersMatchExactly() {
        assertTrue(sql("SELECT \"obs_id\" FROM \"ivoa\".\"obscore\"").contains("\"t1\".\"obs_id\""));
        assertTrue(sql("SELECT \"CamelCase\" FROM other.\"Mixed\"").contains("\"CamelCase\""));
        assertEquals("unknown column \"OBS_ID\" at line 1, column 8",
                error("SELECT \"OBS_ID\" FROM ivoa.obscore").getMessage());
        assertTrue(error("SELECT \"camelcase\" FROM other.mixed").getMessage().startsWith("unknown column"));
        assertTrue(error("SELECT id FROM other.\"mixed\"").getMessage().startsWith("unknown table \"other.mixed\""));
    }

    @Test
    void unqualifiedTableNameMustBeUnique() {
        assertTrue(sql("SELECT obs_id FROM obscore").contains("\"ivoa\".\"obscore\""));
        AdqlException e = error("SELECT table_name FROM columns");
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
        assertTrue(e.getMessage().contains("tap_schema.columns"), e.getMessage());
        assertEquals(24, e.column());
    }

    @Test
    void columnInTwoTablesIsAmbiguous() {
        AdqlException e = error("SELECT table_name FROM tap_schema.tables, tap_schema.columns");
        assertEquals("column name \"table_name\" is ambiguous; qualify it with its table at line 1, column 8",
                e.getMessage());
        assertTrue(sql("SELECT t.table_name FROM tap_schema.tables AS t, tap_schema.columns").contains("\"t1\"."));
    }

    @Test
    void tableNamesQualifyColumnsUnlessAliased() {
        assertTrue(sql("SELECT obscore.obs_id, ivoa.obscore.s_ra FROM ivoa.obscore").contains("\"t1\".\"s_ra\""));
        assertTrue(error("SELECT obscore.obs_id FROM ivoa.obscore AS o").getMessage().startsWith("unknown table"));
    }

    @Test
    void sameAliasTwiceIsAmbiguous() {
        AdqlException e = error("SELECT x.obs_id FROM ivoa.obscore AS x, ivoa.obscore AS x");
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
    }

    @Test
    void derivedTableColumnsResolveByTheirNames() {
        String sql = sql("SELECT d.ra, Dec FROM (SELECT s_ra AS RA, s_dec AS dec FROM ivoa.obscore) AS d");
        assertTrue(sql.contains("\"t2\".\"ra\" AS double precision) AS \"ra\""), sql);
        assertTrue(sql.contains("\"t2\".\"dec\" AS double precision) AS \"dec\""), sql);
        assertTrue(error("SELECT d.s_ra FROM (SELECT s_ra AS ra FROM ivoa.obscore) AS d").getMessage()
                .startsWith("unknown column \"d.s_ra\""));
        assertTrue(error("SELECT s_ra FROM (SELECT s_ra AS ra FROM ivoa.obscore) AS d").getMessage()
                .startsWith("unknown column"));
    }

    @Test
    void commonTablesHideTablesAndSeeEarlierOnes() {
        String sql = sql("WITH obscore AS (SELECT obs_id FROM ivoa.obscore), b AS (SELECT * FROM obscore) "
                + "SELECT obs_id FROM b");
        assertTrue(sql.startsWith("WITH \"obscore\" AS (SELECT \"t1\".\"obs_id\" AS \"obs_id\" FROM \"ivoa\".\"obscore\""),
                sql);
        assertTrue(sql.contains("\"b\" AS (SELECT \"t2\".\"obs_id\" AS \"obs_id\" FROM \"obscore\" AS \"t2\")"), sql);
        assertTrue(error("WITH a AS (SELECT obs_id FROM ivoa.obscore) SELECT s_ra FROM a").getMessage()
                .startsWith("unknown column \"s_ra\""));
        assertTrue(error("WITH a AS (SELECT obs_id FROM b), b AS (SELECT obs_id FROM ivoa.obscore) SELECT * FROM a")
                .getMessage().startsWith("unknown table \"b\""));
        assertTrue(error("WITH a AS (SELECT 1 AS x FROM ivoa.obscore), A AS (SELECT 2 AS y FROM ivoa.obscore) "
                + "SELECT * FROM a").getMessage().contains("defined twice"));
    }

    @Test
    void usingJoinMergesItsColumns() {
        String sql = sql("SELECT table_name, column_name FROM tap_schema.tables JOIN tap_schema.columns "
                + "USING (table_name)");
        assertTrue(sql.startsWith("SELECT \"t1\".\"table_name\" AS \"table_name\""), sql);
        assertTrue(sql.contains("ON (\"t1\".\"table_name\" = \"t2\".\"table_name\")"), sql);
        // description is in both tables and USING does not merge it
        assertTrue(error("SELECT description FROM tap_schema.tables JOIN tap_schema.columns USING (table_name)")
                .getMessage().contains("ambiguous"));
        assertTrue(error("SELECT * FROM tap_schema.tables JOIN ivoa.obscore USING (table_name)").getMessage()
                .startsWith("join column \"table_name\" is not in the right table"));
    }

    @Test
    void naturalJoinMergesCommonColumns() {
        String sql = sql("SELECT * FROM tap_schema.tables NATURAL JOIN tap_schema.columns");
        assertTrue(sql.contains("ON (\"t1\".\"table_name\" = \"t2\".\"table_name\" AND \"t1\".\"description\" = "
                + "\"t2\".\"description\")"), sql);
        assertEquals(1, count(sql, "AS \"table_name\""), sql);
    }

    @Test
    void fullJoinMergedColumnTakesEitherSide() {
        String sql = sql("SELECT table_name FROM tap_schema.tables FULL JOIN tap_schema.columns USING (table_name)");
        assertTrue(sql.startsWith("SELECT COALESCE(\"t1\".\"table_name\", \"t2\".\"table_name\") AS \"table_name\""),
                sql);
        sql = sql("SELECT table_name FROM tap_schema.tables RIGHT JOIN tap_schema.columns USING (table_name)");
        assertTrue(sql.startsWith("SELECT \"t2\".\"table_name\""), sql);
    }

    @Test
    void joinConditionSeesOnlyItsTables() {
        assertTrue(error("SELECT * FROM ivoa.obscore AS o, tap_schema.tables AS t JOIN tap_schema.columns AS c "
                + "ON c.table_name = o.obs_id").getMessage().startsWith("unknown table \"o\""));
    }

    @Test
    void correlatedSubqueriesSeeOuterColumns() {
        String sql = sql("SELECT t.table_name FROM tap_schema.tables AS t WHERE EXISTS (SELECT 1 FROM "
                + "tap_schema.columns AS c WHERE c.table_name = t.table_name)");
        assertTrue(sql.contains("(\"t2\".\"table_name\" = \"t1\".\"table_name\")"), sql);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT SQRT(s_ra, 2) FROM ivoa.obscore | function SQRT takes 1 argument, not 2 at line 1, column 8",
        "SELECT PI(1) FROM ivoa.obscore | function PI takes 0 arguments, not 1 at line 1, column 8",
        "SELECT ROUND() FROM ivoa.obscore | function ROUND takes 1 or 2 arguments, not 0 at line 1, column 8",
        "SELECT ATAN2(s_ra) FROM ivoa.obscore | function ATAN2 takes 2 arguments, not 1 at line 1, column 8",
        "SELECT LOWER(obs_id, 1) FROM ivoa.obscore | function LOWER takes 1 argument, not 2 at line 1, column 8",
        "SELECT COALESCE() FROM ivoa.obscore | function COALESCE takes at least 1 argument, not 0 at line 1, column 8",
        "SELECT POINT(1) FROM ivoa.obscore | POINT takes two coordinates, not 1 argument at line 1, column 8",
        "SELECT CIRCLE(1, 2) FROM ivoa.obscore | CIRCLE needs a POINT here, not an integer value at line 1, column 15",
        "SELECT DISTANCE(1, 2, 3) FROM ivoa.obscore | DISTANCE takes two points or four coordinates, not 3 arguments"
                + " at line 1, column 8",
        "SELECT POLYGON(1, 2, 3, 4) FROM ivoa.obscore | POLYGON takes at least three points or three pairs of "
                + "coordinates at line 1, column 8",
        "SELECT nosuch(s_ra) FROM ivoa.obscore | unknown function \"nosuch\" at line 1, column 8",
        "SELECT RAND(3) FROM ivoa.obscore | RAND with a seed is not supported; use RAND() at line 1, column 8",
        "SELECT SQRT(obs_id) FROM ivoa.obscore | SQRT needs a number here, not a char value at line 1, column 13",
        "SELECT obs_id + 1 FROM ivoa.obscore | + needs a number here, not a char value at line 1, column 8",
        "SELECT * FROM ivoa.obscore WHERE obs_id = 1 | cannot compare a char value with an integer value at line 1, "
                + "column 34",
        "SELECT * FROM ivoa.obscore WHERE s_ra LIKE 'x' | LIKE compares strings, not double values at line 1, "
                + "column 34",
        "SELECT COORD1(s_ra) FROM ivoa.obscore | COORD1 needs a POINT here, not a double value at line 1, column 15",
        "SELECT AREA(s_position) FROM ivoa.obscore | AREA takes a CIRCLE or a POLYGON, not a POINT at line 1, "
                + "column 8",
        "SELECT POINT('GALACTIC', 1, 2) FROM ivoa.obscore | coordinate system 'GALACTIC' is not supported; positions"
                + " here are ICRS at line 1, column 14",
        "SELECT s_ra & 1 FROM ivoa.obscore | operator & needs integers, not a double value at line 1, column 8",
        "SELECT obs_id FROM ivoa.obscore UNION SELECT obs_id, s_ra FROM ivoa.obscore | the operands of UNION have 1"
                + " and 2 columns at line 1, column 33",
        "SELECT obs_id FROM ivoa.obscore ORDER BY 2 | ORDER BY position 2 is not between 1 and 1 at line 1, column 42",
        "SELECT obs_id FROM ivoa.obscore UNION SELECT obs_id FROM ivoa.obscore ORDER BY s_ra | ORDER BY of UNION, "
                + "EXCEPT or INTERSECT must give an output column's name or position at line 1, column 80",
        "SELECT * FROM ivoa.obscore WHERE s_ra IN (SELECT s_ra, s_dec FROM ivoa.obscore) | the subquery of IN must "
                + "return one column, not 2 at line 1, column 43",
        "SELECT REGION('CIRCLE 1 2 3') FROM ivoa.obscore | REGION is not supported (REGION is deprecated in ADQL "
                + "2.1) at line 1, column 8",
        "SELECT CAST(obs_id AS POINT) FROM ivoa.obscore | cannot CAST a char value to POINT at line 1, column 8",
        "SELECT IN_UNIT(calib_level, 'm') FROM ivoa.obscore | IN_UNIT needs a value of known unit; this one has none"
                + " at line 1, column 16",
        "SELECT IN_UNIT(em_min, 's') FROM ivoa.obscore | IN_UNIT cannot convert m to s at line 1, column 8",
        "SELECT CASE WHEN s_ra > 1 THEN 'big' ELSE 0 END FROM ivoa.obscore | CASE mixes char and integer values at "
                + "line 1, column 8",
    })
    void misuseIsExplained(String adql, String message) {
        assertEquals(message, error(adql).getMessage());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
