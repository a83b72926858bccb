package org.voarchive.tap.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voarchive.tap.adql.ast.Condition;
import org.voarchive.tap.adql.ast.Expression;
import org.voarchive.tap.adql.ast.Position;
import org.voarchive.tap.adql.ast.Query;
import org.voarchive.tap.adql.ast.QueryBody;
import org.voarchive.tap.adql.ast.SelectItem;
import org.voarchive.tap.adql.ast.TableReference;

class AdqlParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * FROM t",
        "select all top 10 a, b AS c, t.* from s.t",
        "SELECT DISTINCT a FROM t AS x",
        "SELECT a b FROM t x",
        "SELECT x.a FROM (SELECT a FROM t) AS x",
        "SELECT x.a FROM (SELECT a FROM t) x",
        "SELECT * FROM a JOIN b ON a.id = b.id",
        "SELECT * FROM a INNER JOIN b USING (id, name)",
        "SELECT * FROM a LEFT JOIN b ON a.id = b.id RIGHT OUTER JOIN c ON c.x = b.x",
        "SELECT * FROM a FULL OUTER JOIN b ON TRUE",
        "SELECT * FROM a NATURAL JOIN b",
        "SELECT * FROM a NATURAL LEFT OUTER JOIN b",
        "SELECT * FROM a CROSS JOIN b",
        "SELECT * FROM a, b, c WHERE a.x = b.x",
        "SELECT * FROM (a JOIN b ON a.x = b.x) JOIN c USING (y)",
        "SELECT * FROM a JOIN (b JOIN c ON b.y = c.y) ON a.x = b.x",
        "SELECT a, COUNT(*) FROM t GROUP BY a HAVING COUNT(*) > 1",
        "SELECT a FROM t ORDER BY a ASC, 2 DESC, b",
        "SELECT a FROM t ORDER BY a OFFSET 10",
        "SELECT a FROM t UNION SELECT b FROM u",
        "SELECT a FROM t UNION ALL SELECT b FROM u EXCEPT SELECT c FROM v",
        "SELECT a FROM t INTERSECT ALL SELECT b FROM u ORDER BY 1",
        "(SELECT a FROM t) UNION (SELECT b FROM u ORDER BY b OFFSET 2)",
        "WITH x AS (SELECT a FROM t), y AS (SELECT * FROM x) SELECT * FROM y",
        "SELECT a + b * c / d - -e, 'x' || 'y' || a FROM t",
        "SELECT (a + b) * c FROM t",
        "SELECT a FROM t WHERE a BETWEEN 1 AND 2 AND b NOT BETWEEN 3 AND 4",
        "SELECT a FROM t WHERE a LIKE 'x%' OR a NOT LIKE '_y' OR a ILIKE 'Z' OR a NOT ILIKE 'w'",
        "SELECT a FROM t WHERE a IS NULL OR b IS NOT NULL",
        "SELECT a FROM t WHERE a IN (1, 2, 3) AND b NOT IN ('x') AND c IN (SELECT c FROM u)",
        "SELECT a FROM t WHERE a NOT IN (SELECT c FROM u)",
        "SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.a = t.a) AND NOT EXISTS (SELECT 1 FROM v)",
        "SELECT a FROM t WHERE a = (SELECT MAX(a) FROM t)",
        "SELECT a FROM t WHERE NOT (a = 1 OR b <> 2) AND c != 3 AND d < 4 AND e > 5 AND f <= 6 AND g >= 7",
        "SELECT CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END FROM t",
        "SELECT CASE WHEN a > 1 THEN 'big' END FROM t",
        "SELECT CAST(a AS INTEGER), CAST(b AS DOUBLE PRECISION), CAST(c AS VARCHAR(10)), CAST(d AS CHAR)"
                + ", CAST(e AS SMALLINT), CAST(f AS BIGINT), CAST(g AS REAL), CAST(h AS TIMESTAMP) FROM t",
        "SELECT COALESCE(a, b, 0) FROM t",
        "SELECT 1, 1.5, .5, 1., 1e10, 1.5E-3, 0x1F, 0XfF, 'it''s', NULL FROM t",
        "SELECT ABS(a), CEILING(a), DEGREES(a), EXP(a), FLOOR(a), LOG(a), LOG10(a), MOD(a, 2), PI(), POWER(a, 2),"
                + " RADIANS(a), SQRT(a), RAND(), ROUND(a), ROUND(a, 2), TRUNCATE(a), TRUNCATE(a, -1) FROM t",
        "SELECT ACOS(a), ASIN(a), ATAN(a), ATAN2(a, b), COS(a), COT(a), SIN(a), TAN(a) FROM t",
        "SELECT LOWER(a), UPPER(a) FROM t",
        "SELECT COUNT(*), COUNT(a), COUNT(DISTINCT a), AVG(a), MAX(a), MIN(a), SUM(ALL a) FROM t",
        "SELECT a & b, a | b, a ^ b, ~a FROM t",
        "SELECT POINT('ICRS', 10, 20), POINT(10, 20), CIRCLE('', 1, 2, 3), CIRCLE(POINT(1, 2), 3),"
                + " BOX(1, 2, 3, 4), POLYGON(1, 2, 3, 4, 5, 6), POLYGON(POINT(1, 2), POINT(3, 4), POINT(5, 6)) FROM t",
        "SELECT CENTROID(c), AREA(c), COORD1(p), COORD2(p), COORDSYS(p), DISTANCE(p, q), DISTANCE(1, 2, 3, 4) FROM t",
        "SELECT * FROM t WHERE CONTAINS(POINT(ra, dec), CIRCLE(10, 20, 1)) = 1 AND 0 = INTERSECTS(r, s)",
        "SELECT IN_UNIT(a, 'km') FROM t",
        "SELECT \"select\", \"A\"\"B\" FROM \"My Table\" AS \"x y\"",
        "SELECT a -- a comment\nFROM t -- another",
        "SeLeCt A fRoM T wHeRe A iS nUlL",
        "SELECT a FROM t WHERE TRUE",
        "SELECT my_function(a, 1) FROM t",
    })
    void parses(String adql) {
        AdqlQuery query = AdqlParser.parse(adql);
        assertEquals(adql, query.text());
    }

    @Test
    void buildsTheTree() {
        Query q = AdqlParser.parse("SELECT TOP 5 t.a AS x FROM s.t AS t WHERE t.a > -1.5 ORDER BY x DESC OFFSET 3").root();
        QueryBody.Select select = assertInstanceOf(QueryBody.Select.class, q.body());
        assertEquals(5L, select.top());
        SelectItem.Derived item = assertInstanceOf(SelectItem.Derived.class, select.items().get(0));
        assertEquals("x", item.alias().text());
        Expression.ColumnRef column = assertInstanceOf(Expression.ColumnRef.class, item.expression());
        assertEquals("t", column.qualifier().table().text());
        assertEquals(new Position(1, 14), column.position());
        TableReference.Named table = assertInstanceOf(TableReference.Named.class, select.from().get(0));
        assertEquals("s", table.name().schema().text());
        Condition.Comparison where = assertInstanceOf(Condition.Comparison.class, select.where());
        Expression.Unary minus = assertInstanceOf(Expression.Unary.class, where.right());
        assertEquals(new BigDecimal("1.5"), ((Expression.NumberLiteral) minus.operand()).value());
        assertTrue(q.orderBy().get(0).descending());
        assertEquals(3L, q.offset());
    }

    @Test
    void precedenceFollowsArithmetic() {
        Expression e = firstItem("SELECT 1 + 2 * 3 - 4 FROM t");
        Expression.Binary minus = assertInstanceOf(Expression.Binary.class, e);
        assertEquals(Expression.BinaryOperator.SUBTRACT, minus.operator());
        Expression.Binary plus = assertInstanceOf(Expression.Binary.class, minus.left());
        assertEquals(Expression.BinaryOperator.ADD, plus.operator());
        assertEquals(Expression.BinaryOperator.MULTIPLY, ((Expression.Binary) plus.right()).operator());
    }

    @Test
    void andBindsTighterThanOr() {
        QueryBody.Select select = (QueryBody.Select) AdqlParser.parse(
                "SELECT a FROM t WHERE a = 1 OR b = 2 AND c = 3").root().body();
        Condition.Or or = assertInstanceOf(Condition.Or.class, select.where());
        assertInstanceOf(Condition.And.class, or.operands().get(1));
    }

    @Test
    void intersectBindsTighterThanUnion() {
        QueryBody body = AdqlParser.parse("SELECT a FROM t UNION SELECT b FROM u INTERSECT SELECT c FROM v").root()
                .body();
        QueryBody.SetOperation union = assertInstanceOf(QueryBody.SetOperation.class, body);
        assertEquals(QueryBody.SetOperator.UNION, union.operator());
        assertEquals(QueryBody.SetOperator.INTERSECT, ((QueryBody.SetOperation) union.right()).operator());
    }

    @Test
    void joinsAssociateToTheLeft() {
        QueryBody.Select select = (QueryBody.Select) AdqlParser.parse(
                "SELECT * FROM a JOIN b USING (x) LEFT JOIN c ON TRUE").root().body();
        TableReference.Join outer = assertInstanceOf(TableReference.Join.class, select.from().get(0));
        assertEquals(TableReference.JoinType.LEFT, outer.type());
        TableReference.Join inner = assertInstanceOf(TableReference.Join.class, outer.left());
        assertEquals(List.of("x"), inner.using().stream().map(i -> i.text()).toList());
    }

    @Test
    void literalsKeepTheirValues() {
        List<Expression> values = items("SELECT 0x1F, 'it''s', \"A\"\"B\", 1e3 FROM t");
        assertEquals(new BigDecimal(31), ((Expression.NumberLiteral) values.get(0)).value());
        assertEquals("it's", ((Expression.StringLiteral) values.get(1)).value());
        Expression.ColumnRef delimited = (Expression.ColumnRef) values.get(2);
        assertEquals("A\"B", delimited.column().text());
        assertTrue(delimited.column().delimited());
        assertEquals(0, new BigDecimal(1000).compareTo(((Expression.NumberLiteral) values.get(3)).value()));
    }

    @Test
    void coordinateSystemStaysAnArgument() {
        Expression.FunctionCall point = (Expression.FunctionCall) firstItem("SELECT point('ICRS', 1, 2) FROM t");
        assertEquals("POINT", point.name());
        assertEquals(3, point.arguments().size());
    }

    @Test
    void noWithMeansNoCommonTables() {
        Query q = AdqlParser.parse("SELECT a FROM t").root();
        assertTrue(q.with().isEmpty());
        assertNull(q.offset());
    }

    // -----------------------------------------------------------------------------------------------
    // Errors

    @Test
    void misspelledKeywordIsReportedWhereItIs() {
        AdqlException e = assertThrows(AdqlException.class, () -> AdqlParser.parse("SELECT * FORM ivoa.obscore"));
        assertEquals(1, e.line());
        assertEquals(10, e.column());
        assertEquals("FORM", e.near());
        assertTrue(e.getMessage().startsWith("syntax error at line 1, column 10 near \"FORM\": "), e.getMessage());
        assertTrue(e.getMessage().contains("FROM"), e.getMessage());
    }

    @Test
    void errorsOnLaterLinesHaveTheirLineAndColumn() {
        AdqlException e = assertThrows(AdqlException.class,
                () -> AdqlParser.parse("SELECT a\nFROM t\nWHERE a = = 1"));
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertEquals("=", e.near());
    }

    @Test
    void incompleteQueryIsReportedAtItsEnd() {
        AdqlException e = assertThrows(AdqlException.class, () -> AdqlParser.parse("SELECT a FROM t WHERE"));
        assertEquals(22, e.column());
        assertEquals("end of query", e.near());
    }

    @Test
    void trailingInputIsAnError() {
        AdqlException e = assertThrows(AdqlException.class, () -> AdqlParser.parse("SELECT a FROM t; DROP TABLE t"));
        assertEquals(16, e.column());
        assertEquals(";", e.near());
    }

    @Test
    void unterminatedStringIsNamed() {
        AdqlException e = assertThrows(AdqlException.class, () -> AdqlParser.parse("SELECT a FROM t WHERE b = 'x"));
        assertEquals(27, e.column());
        assertTrue(e.getMessage().contains("unterminated string"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT a FROM t WHERE a == 1",
        "SELECT a FROM t LIMIT 10",
        "SELECT TOP -1 a FROM t",
        "SELECT a FROM",
        "SELECT a",
        "SELECT FROM t",
        "SELECT a, FROM t",
        "SELECT a FROM t JOIN u",
        "SELECT a FROM t NATURAL JOIN u ON t.a = u.a",
        "SELECT a FROM (SELECT a FROM t)",
        "SELECT a FROM t WHERE a",
        "SELECT a FROM t ORDER BY",
        "SELECT a FROM t OFFSET x",
        "SELECT a FROM t WHERE a IN ()",
        "SELECT \"\" FROM t",
        "SELECT a FROM t WHERE a = 1 #",
        "SELECT a FROM a.b.c",
        "SELECT CAST(a AS TEXT) FROM t",
        "SELECT a FROM t /* comment */",
        "DELETE FROM t",
    })
    void rejects(String adql) {
        AdqlException e = assertThrows(AdqlException.class, () -> AdqlParser.parse(adql));
        assertTrue(e.getMessage().startsWith("syntax error at line "), e.getMessage());
        assertTrue(e.line() >= 1 && e.column() >= 1);
    }

    @Test
    void reservedWordsAreNoRegularIdentifiers() {
        AdqlException e = assertThrows(AdqlException.class,
                () -> AdqlParser.parse("SELECT size FROM tap_schema.columns"));
        assertEquals(8, e.column());
        assertTrue(e.getMessage().contains("reserved word"), e.getMessage());
        AdqlParser.parse("SELECT \"size\" FROM tap_schema.columns");
    }

    @Test
    void keywordsAreNoIdentifiers() {
        assertThrows(AdqlException.class, () -> AdqlParser.parse("SELECT select FROM t"));
        assertThrows(AdqlException.class, () -> AdqlParser.parse("SELECT a FROM point"));
        AdqlParser.parse("SELECT a FROM \"point\"");
    }

    @Test
    void tooLargeTopIsAnError() {
        AdqlException e = assertThrows(AdqlException.class,
                () -> AdqlParser.parse("SELECT TOP 99999999999999999999 a FROM t"));
        assertEquals(12, e.column());
    }

    private static Expression firstItem(String adql) {
        return items(adql).get(0);
    }

    private static List<Expression> items(String adql) {
        QueryBody.Select select = (QueryBody.Select) AdqlParser.parse(adql).root().body();
        return select.items().stream().map(i -> ((SelectItem.Derived) i).expression()).toList();
    }
}
