package org.voarchive.db.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.access.Caller;
import org.voarchive.server.coverage.HoldingsCoverage;
import org.voarchive.server.coverage.Moc;

/** The coverage of released products as the query role computes it with pgSphere. */
class CoverageQueryIT {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() throws SQLException {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }

    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private static <T> T asReader(Work<T> work) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                ReaderSession.enter(c, TestDatabase.READER_ROLE, Duration.ofSeconds(30), Caller.ANONYMOUS);
                return work.on(c);
            } finally {
                c.rollback();
            }
        }
    }

    private static void product(String id, double ra, double dec, String region, String released, String created)
            throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id,"
                    + " obs_publisher_did, obs_creation_date, obs_release_date, s_ra, s_dec, s_fov, s_region, t_min, t_max)"
                    + " VALUES ('image', 2, 'TEST', '" + id + "', 'ivo://test.example/ID?" + id + "', '" + created
                    + "', '" + released + "', " + ra + ", " + dec + ", 0.2, " + (region == null ? "NULL" : "'" + region
                    + "'") + ", 60000 + " + ra + ", 60001 + " + ra + ")");
        }
    }

    /** The cell of a position at an order, as pgSphere numbers it. */
    private static long cell(int order, double ra, double dec) throws SQLException {
        return db.scalar("SELECT healpix_nest(" + order + ", spoint(radians(" + ra + "), radians(" + dec + ")))");
    }

    @Test
    void coversReleasedProductsOnlyAndChangesWhenOneIsPublished() throws SQLException {
        HoldingsCoverage none = asReader(c -> CoverageQuery.compute(c, 8));
        assertTrue(none.moc().isEmpty());
        assertEquals(8, none.moc().maxOrder());
        assertEquals(0, none.products());
        assertNull(none.lastChange());
        String empty = asReader(CoverageQuery::fingerprint);

        product("A", 10, 10, "{(9.9d,9.9d),(10.1d,9.9d),(10.1d,10.1d),(9.9d,10.1d)}", "2025-01-01", "2025-06-01T10:00:00");
        product("B", 200, -40, null, "2025-02-01", "2025-06-02T10:00:00");
        product("P", 100, 50, null, "2999-01-01", "2025-06-03T10:00:00");
        String two = asReader(CoverageQuery::fingerprint);
        assertNotEquals(empty, two);
        assertEquals(two, asReader(CoverageQuery::fingerprint), "nothing changed, nothing to recompute");

        HoldingsCoverage cover = asReader(c -> CoverageQuery.compute(c, 8));
        Moc moc = cover.moc();
        assertEquals(8, moc.maxOrder());
        assertTrue(moc.contains(8, cell(8, 10, 10)), "the polygon's centre");
        assertTrue(moc.contains(8, cell(8, 10.09, 9.91)), "a corner of the polygon");
        assertTrue(moc.contains(8, cell(8, 200, -40)), "the circle of the field without a region");
        assertFalse(moc.contains(8, cell(8, 100, 50)), "a proprietary product stays out of the coverage");
        assertFalse(moc.contains(8, cell(8, 12, 10)));
        assertEquals(6, cover.summary().maxOrder());
        assertTrue(cover.summary().contains(6, cell(6, 200, -40)));
        assertEquals(2, cover.products());
        assertEquals(60010.0, cover.mjdStart());
        assertEquals(60201.0, cover.mjdEnd());
        assertEquals(Instant.parse("2025-06-02T10:00:00Z"), cover.lastChange());

        product("C", 300, 20, null, "2025-03-01", "2025-07-01T00:00:00");
        String three = asReader(CoverageQuery::fingerprint);
        assertNotEquals(two, three, "a publication changes the fingerprint");
        Moc more = asReader(c -> CoverageQuery.compute(c, 8)).moc();
        assertTrue(more.contains(8, cell(8, 300, 20)));
        assertTrue(more.contains(8, cell(8, 10, 10)));

        // neither the count, the identifiers, nor any date changes: only the footprint
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE ivoa.obscore SET s_region = NULL WHERE obs_id = 'A'");
        }
        String moved = asReader(CoverageQuery::fingerprint);
        assertNotEquals(three, moved, "a changed row changes the fingerprint");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE ivoa.obscore SET obs_release_date = '2025-01-01' WHERE obs_id = 'P'");
        }
        assertNotEquals(moved, asReader(CoverageQuery::fingerprint), "an earlier release changes the fingerprint");
    }

    @Test
    void theFingerprintIsIndexLookupsNotAScan() throws SQLException {
        String plan = asReader(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = off"); // a test table is small enough for a scan to win
                try (ResultSet rs = s.executeQuery("EXPLAIN " + CoverageQuery.FINGERPRINT)) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append('\n');
                    }
                }
            }
            return out.toString();
        });
        assertTrue(plan.contains("Backward using obscore_release_idx"), "max() is the last entry of the index: " + plan);
        assertFalse(plan.contains("Seq Scan on obscore "), plan);
    }
}
