package org.voarchive.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;

class DemoLoaderIT {

    private static TestDatabase db;
    private static int loaded;

    @BeforeAll
    static void load() throws SQLException {
        db = TestDatabase.migrated();
        loaded = new DemoLoader(db.dataSource())
                .loadIfEmpty(new DemoHoldings("archive.test", URI.create("http://localhost:8080/")));
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }


    @Test
    void loadsEveryProductOnce() throws SQLException {
        assertEquals(DemoHoldings.SIZE, loaded);
        assertEquals(DemoHoldings.SIZE, db.scalar("SELECT count(*) FROM ivoa.obscore"));
        int again = new DemoLoader(db.dataSource())
                .loadIfEmpty(new DemoHoldings("archive.test", URI.create("http://localhost:8080/")));
        assertEquals(0, again);
        assertEquals(DemoHoldings.SIZE, db.scalar("SELECT count(*) FROM ivoa.obscore"));
    }

    @Test
    void everyPositionLiesInsideItsRegion() throws SQLException {
        assertEquals(0, db.scalar("SELECT count(*) FROM ivoa.obscore WHERE NOT (s_position <@ s_region)"));
        assertEquals(0, db.scalar("SELECT count(*) FROM ivoa.obscore WHERE s_region IS NULL"));
        // a HAWK-I field is 7.5 arcmin square: 0.015625 square degrees
        assertEquals(0, db.scalar("SELECT count(*) FROM ivoa.obscore WHERE instrument_name = 'HAWKI' "
                + "AND abs(area(s_region) * (180 / pi()) ^ 2 - 0.015625) > 0.0002"));
    }

    @Test
    void timestampsAreStoredInUtc() throws SQLException {
        // the creation date is at least the end of the observation (t_max, in MJD)
        assertEquals(0, db.scalar("""
                SELECT count(*) FROM ivoa.obscore
                WHERE obs_creation_date < timestamp '1858-11-17' + t_max * interval '1 day' - interval '1 second'
                """));
    }

    @Test
    void aConeSearchFindsTheProductsOfANamedTarget() throws SQLException {
        long near = db.scalar("SELECT count(*) FROM ivoa.obscore "
                + "WHERE s_position <@ scircle(spoint(radians(11.888), radians(-25.2882)), radians(0.05))");
        long named = db.scalar("SELECT count(*) FROM ivoa.obscore WHERE target_name = 'NGC 253'");
        assertTrue(named > 5, "NGC 253 is observed: " + named);
        assertEquals(named, near, "every NGC 253 product lies within 3 arcmin of it, and nothing else does");
        assertTrue(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE obs_release_date > now()") > 0);
    }
}
