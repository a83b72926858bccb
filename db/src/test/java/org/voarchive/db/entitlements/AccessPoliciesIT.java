package org.voarchive.db.entitlements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.demo.DemoLoader;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.access.Caller;
import org.voarchive.server.access.Entitlements;

/**
 * The row-level security of migration V8 as the query role meets it: each caller sees released rows and
 * the rows of its own programmes; operators see everything; errors in a query's expressions cannot probe
 * hidden rows; a cone search still uses its index under the policy.
 */
class AccessPoliciesIT {

    private static final String SECRET = "0999.Z-0001";
    private static final String OBSCORE = "SELECT count(*) FROM ivoa.obscore";

    private static TestDatabase db;
    private static long released;
    private static long secret;

    @BeforeAll
    static void load() throws Exception {
        db = TestDatabase.migrated();
        new DemoLoader(db.dataSource()).loadIfEmpty(new DemoHoldings("archive.test", URI.create("http://localhost/")));
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE ivoa.obscore SET proposal_id = '" + SECRET + "', obs_release_date = '2999-01-01'"
                    + " WHERE obs_publisher_did IN (SELECT obs_publisher_did FROM ivoa.obscore ORDER BY obs_publisher_did LIMIT 40)");
            s.execute("INSERT INTO access.users (name, operator, disabled) VALUES ('pi', false, false),"
                    + " ('delegate', false, false), ('other', false, false), ('op', true, false), ('gone', false, true)");
            s.execute("INSERT INTO access.groups (name) VALUES ('team')");
            s.execute("INSERT INTO access.group_members (group_name, user_name) VALUES ('team', 'delegate')");
            s.execute("INSERT INTO access.program_members (prog_id, user_name, group_name, role) VALUES"
                    + " ('" + SECRET + "', 'pi', NULL, 'pi'), ('" + SECRET + "', NULL, 'team', 'delegate'),"
                    + " ('" + SECRET + "', 'gone', NULL, 'pi')");
        }
        released = db.scalar(OBSCORE + " WHERE obs_release_date <= now() AT TIME ZONE 'UTC'");
        secret = db.scalar(OBSCORE + " WHERE proposal_id = '" + SECRET + "'");
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void eachCallerSeesReleasedRowsAndItsOwnProgrammes() throws SQLException {
        long all = db.scalar(OBSCORE);
        assertEquals(40, secret);
        assertTrue(released + secret <= all);
        assertEquals(released, count(Caller.ANONYMOUS, OBSCORE));
        assertEquals(released, count(new Caller("other", false), OBSCORE));
        assertEquals(released, count(new Caller("gone", false), OBSCORE), "a disabled account sees public data only");
        assertEquals(released, count(new Caller("nobody", false), OBSCORE), "an unknown name is nobody");
        assertEquals(released + secret, count(new Caller("pi", false), OBSCORE));
        assertEquals(released + secret, count(new Caller("delegate", false), OBSCORE));
        assertEquals(all, count(new Caller("op", true), OBSCORE));
        assertEquals(0, count(Caller.ANONYMOUS, OBSCORE + " WHERE obs_release_date > now() AT TIME ZONE 'UTC'"));
    }

    @Test
    void anErrorInTheQueryCannotProbeHiddenRows() throws SQLException {
        String probe = OBSCORE + " WHERE 1 / (CASE WHEN proposal_id = '" + SECRET + "' THEN 0 ELSE 1 END) = 1";
        assertEquals(released, count(Caller.ANONYMOUS, probe), "the policy filters before the division");
        SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> count(new Caller("pi", false), probe));
        assertTrue(e.getMessage().contains("division by zero"), "the entitled caller does reach the rows");
    }

    @Test
    void theCallerLastsOneTransaction() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            ReaderSession.enter(c, TestDatabase.READER_ROLE, Duration.ofSeconds(10), new Caller("op", true));
            assertEquals(db.scalar(OBSCORE), single(c, OBSCORE));
            c.commit();
            assertEquals("", single(c, "SELECT coalesce(current_setting('voarchive.caller', true), '')"));
            assertEquals(TestDatabase.user(), single(c, "SELECT current_user::text"));
        }
    }

    @Test
    void aConeSearchUsesItsIndexUnderThePolicy() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            ReaderSession.enter(c, TestDatabase.READER_ROLE, Duration.ofSeconds(10), new Caller("pi", false));
            StringBuilder plan = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN SELECT obs_id FROM ivoa.obscore"
                    + " WHERE s_position <@ scircle(spoint(radians(10), radians(-30)), radians(0.5))")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
            assertTrue(plan.toString().contains("obscore_s_position_idx"), plan.toString());
            assertTrue(plan.toString().contains("InitPlan"), "the entitlements are asked once per query: " + plan);
        }
    }

    @Test
    void entitlementsAreWhatThePoliciesUse() throws Exception {
        CallerEntitlements entitlements = new CallerEntitlements(db.dataSource(), TestDatabase.READER_ROLE);
        assertEquals(Entitlements.NONE, entitlements.of(Caller.ANONYMOUS));
        assertEquals(new Entitlements(Set.of(SECRET), false), entitlements.of(new Caller("pi", false)));
        assertEquals(new Entitlements(Set.of(SECRET), false), entitlements.of(new Caller("delegate", false)));
        assertEquals(new Entitlements(Set.of(), false), entitlements.of(new Caller("gone", false)));
        assertEquals(new Entitlements(Set.of(), false), entitlements.of(new Caller("other", true)),
                "the database, not the request, says who operates");
        Entitlements op = entitlements.of(new Caller("op", true));
        assertTrue(op.operator() && op.sees("anything"));
        assertFalse(entitlements.of(new Caller("other", false)).sees(SECRET));
    }

    private static long count(Caller caller, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                ReaderSession.enter(c, TestDatabase.READER_ROLE, Duration.ofSeconds(10), caller);
                return (Long) single(c, sql);
            } finally {
                c.rollback();
            }
        }
    }

    private static Object single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
