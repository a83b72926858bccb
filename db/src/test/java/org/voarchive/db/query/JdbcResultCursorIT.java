package org.voarchive.db.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.demo.DemoLoader;
import org.voarchive.db.pool.ConnectionPool;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.access.Caller;
import org.voarchive.server.tables.ColumnDescription;

class JdbcResultCursorIT {

    private static TestDatabase db;
    private static final QueryLimits LIMITS = new QueryLimits(100, Duration.ofSeconds(10), TestDatabase.READER_ROLE, Caller.ANONYMOUS);

    @BeforeAll
    static void load() throws Exception {
        db = TestDatabase.migrated();
        new DemoLoader(db.dataSource()).loadIfEmpty(new DemoHoldings("archive.test", URI.create("http://localhost/")));
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void valuesComeOutAsTheirDatatypesSay() throws Exception {
        List<ColumnDescription> columns = List.of(ColumnDescription.of("obs_id", "char", "*", null),
                ColumnDescription.of("calib_level", "int", null, null),
                ColumnDescription.of("n", "long", null, null),
                ColumnDescription.of("release", "char", "*", "timestamp"),
                ColumnDescription.of("pos", "double", "2", "point"),
                ColumnDescription.of("half", "double", null, null),
                ColumnDescription.of("nothing", "double", null, null));
        try (JdbcResultCursor c = JdbcResultCursor.open(db.dataSource(), """
                SELECT obs_id, calib_level, 7::bigint, timestamp '2026-01-02 03:04:05.678',
                       ARRAY[degrees(long(s_position)), degrees(lat(s_position))], 0.5::numeric, NULL::float8
                FROM ivoa.obscore WHERE dp_id = (SELECT min(dp_id) FROM ivoa.obscore)
                """, columns, LIMITS)) {
            assertTrue(c.next());
            assertTrue(c.value(0) instanceof String);
            assertTrue(c.value(1) instanceof Integer);
            assertEquals(7L, c.value(2));
            assertEquals("2026-01-02T03:04:05.678", c.value(3));
            double[] pos = (double[]) c.value(4);
            assertEquals(2, pos.length);
            assertTrue(pos[0] >= 0 && pos[0] < 360 && pos[1] >= -90 && pos[1] <= 90);
            assertEquals(0.5, c.value(5));
            assertNull(c.value(6));
            assertFalse(c.next());
            assertFalse(c.overflowed());
        }
    }

    @Test
    void textIsInDaliFormWhicheverWayTheRowsCame() throws Exception {
        List<ColumnDescription> columns = List.of(ColumnDescription.of("n", "long", null, null),
                ColumnDescription.of("x", "double", null, null),
                ColumnDescription.of("nan", "double", null, null),
                ColumnDescription.of("nothing", "char", "*", null),
                ColumnDescription.of("release", "char", "*", "timestamp"),
                ColumnDescription.of("pos", "double", "2", "point"));
        // text for CSV; a cursor opened for binary rows still answers text() in DALI form
        for (boolean asText : new boolean[] {true, false}) {
            try (JdbcResultCursor c = JdbcResultCursor.open(db.dataSource(), """
                    SELECT 7::bigint, 0.1::float8, 'NaN'::float8, NULL::text, timestamp '2026-01-02 03:04:05.678',
                           ARRAY[10.5, -20.25]::float8[]
                    """, columns, LIMITS, QuerySetup.NONE, asText)) {
                assertTrue(c.next());
                assertEquals("7", new String(c.text(0), StandardCharsets.UTF_8));
                assertEquals("0.1", new String(c.text(1), StandardCharsets.UTF_8));
                assertEquals("", new String(c.text(2), StandardCharsets.UTF_8));
                assertEquals("", new String(c.text(3), StandardCharsets.UTF_8));
                assertEquals("2026-01-02T03:04:05.678", new String(c.text(4), StandardCharsets.UTF_8));
                assertEquals("10.5 -20.25", new String(c.text(5), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void textRowsStayPostgresTextOnAPooledConnectionThatRanTheSameQueryBefore() throws Exception {
        List<ColumnDescription> columns = List.of(ColumnDescription.of("n", "long", null, null),
                ColumnDescription.of("x", "double", null, null), ColumnDescription.of("y", "double", null, null));
        String sql = "SELECT 1234567890123::bigint, 950::float8, 1e-7::float8";
        // PostgreSQL writes 950 and 1e-07 where Java would write 950.0 and 1.0E-7: the text must be the
        // database's own (as psql \copy writes it), even after the driver prepared the same SQL for binary
        // rows on this connection, and after it ran it many times as text
        try (HikariDataSource pool = ConnectionPool.open("text-mode", db.url(), TestDatabase.user(),
                TestDatabase.password(), 1)) {
            for (int run = 0; run < 12; run++) {
                boolean asText = run >= 3;
                try (JdbcResultCursor c = JdbcResultCursor.open(pool, sql, columns, LIMITS, QuerySetup.NONE, asText)) {
                    assertTrue(c.next());
                    assertEquals(1234567890123L, c.value(0));
                    if (asText) {
                        assertEquals("1234567890123", new String(c.text(0), StandardCharsets.UTF_8), "run " + run);
                        assertEquals("950", new String(c.text(1), StandardCharsets.UTF_8), "run " + run);
                        assertEquals("1e-07", new String(c.text(2), StandardCharsets.UTF_8), "run " + run);
                    }
                }
            }
        }
    }

    @Test
    void stopsAtMaxRowsAndSaysItOverflowed() throws Exception {
        var columns = List.of(ColumnDescription.of("obs_publisher_did", "char", "*", null));
        try (JdbcResultCursor c = JdbcResultCursor.open(db.dataSource(),
                "SELECT obs_publisher_did FROM ivoa.obscore", columns, LIMITS)) {
            while (c.next()) {
                assertTrue(c.value(0).toString().startsWith("ivo://"));
            }
            assertEquals(100, c.rowCount());
            assertTrue(c.overflowed());
        }
        try (JdbcResultCursor c = JdbcResultCursor.open(db.dataSource(),
                "SELECT obs_publisher_did FROM ivoa.obscore LIMIT 100", columns, LIMITS)) {
            while (c.next()) {
                assertTrue(c.rowCount() <= 100);
            }
            assertFalse(c.overflowed(), "exactly MAXREC rows is not an overflow");
        }
    }

    @Test
    void runsAsTheReaderWhichCannotWrite() {
        QueryFailedException e = assertThrows(QueryFailedException.class, () -> JdbcResultCursor.open(db.dataSource(),
                "WITH gone AS (DELETE FROM ivoa.obscore RETURNING obs_id) SELECT count(*) FROM gone",
                List.of(ColumnDescription.of("n", "long", null, null)), LIMITS));
        assertTrue(e.getMessage().startsWith("permission denied"), e.getMessage());
        assertFalse(e.timedOut());
    }

    @Test
    void aSlowQueryIsCancelledWithAClearMessage() {
        QueryFailedException e = assertThrows(QueryFailedException.class, () -> JdbcResultCursor.open(db.dataSource(),
                "SELECT pg_sleep(5)::text", List.of(ColumnDescription.of("x", "char", "*", null)),
                new QueryLimits(10, Duration.ofMillis(300), TestDatabase.READER_ROLE, Caller.ANONYMOUS)));
        assertTrue(e.timedOut());
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
    }

    @Test
    void theConnectionComesBackClean() throws Exception {
        for (int i = 0; i < 30; i++) {
            try (JdbcResultCursor c = JdbcResultCursor.open(db.dataSource(), "SELECT current_user::text",
                    List.of(ColumnDescription.of("u", "char", "*", null)), LIMITS)) {
                assertTrue(c.next());
                assertEquals(TestDatabase.READER_ROLE, c.value(0));
            }
        }
        assertEquals(6000, db.scalar("SELECT count(*) FROM ivoa.obscore"), "nothing was changed");
    }
}
