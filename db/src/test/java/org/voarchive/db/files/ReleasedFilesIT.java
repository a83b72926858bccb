package org.voarchive.db.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.access.Caller;

/**
 * Released files are found by every identifier; proprietary ones by none, as the query role sees them for
 * anyone but the programme's PI and the operators.
 */
class ReleasedFilesIT {

    private static TestDatabase db;
    private static ReleasedFiles files;

    @BeforeAll
    static void twoProducts() throws SQLException {
        db = TestDatabase.migrated();
        files = new ReleasedFiles(db.dataSource(), TestDatabase.READER_ROLE, Caller.ANONYMOUS);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO access.users (name, operator) VALUES ('pi', false), ('other', false), ('op', true)");
            s.execute("INSERT INTO access.program_members (prog_id, user_name, role) VALUES ('0101.A-0001', 'pi', 'pi')");
            for (String[] p : new String[][] {{"ADP.2024-01-01T00:00:00.000", "2024-06-01"}, {"ADP.2024-01-02T00:00:00.000", "2999-01-01"}}) {
                s.execute("INSERT INTO archive.files (arcfile, kind, instrument, sha256, size_bytes, content_type, store_path,"
                        + " prog_id, release_date) VALUES ('" + p[0] + ".fits', 'product', 'UVES', repeat('a', 64), 2880,"
                        + " 'application/fits', 'products/UVES/" + p[0] + ".fits', '0101.A-0001', '" + p[1] + "')");
                s.execute("INSERT INTO archive.files (arcfile, kind, instrument, sha256, size_bytes, content_type, store_path,"
                        + " prog_id, release_date) VALUES ('RAW." + p[0] + ".fits', 'raw', 'UVES', repeat('b', 64), 2880,"
                        + " 'application/fits', 'raw/UVES/RAW." + p[0] + ".fits', '0101.A-0001', '" + p[1] + "')");
                s.execute("INSERT INTO archive.products (arcfile, obs_publisher_did, prodcatg, instrument, science_arcfile)"
                        + " VALUES ('" + p[0] + ".fits', 'ivo://test.example/ID?" + p[0] + "', 'SCIENCE.SPECTRUM', 'UVES',"
                        + " 'RAW." + p[0] + ".fits')");
            }
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }

    @Test
    void aReleasedProductIsFoundByEveryIdentifier() throws SQLException {
        for (String id : new String[] {"ivo://test.example/ID?ADP.2024-01-01T00:00:00.000",
                "ADP.2024-01-01T00:00:00.000", "ADP.2024-01-01T00:00:00.000.fits"}) {
            ArchivedFile f = files.product(id).orElseThrow(() -> new AssertionError(id));
            assertEquals("products/UVES/ADP.2024-01-01T00:00:00.000.fits", f.storePath());
            assertEquals("application/fits", f.contentType());
        }
        assertTrue(files.byArcfile("RAW.ADP.2024-01-01T00:00:00.000.fits").isPresent());
    }

    @Test
    void proprietaryFilesAreNotFoundAtAll() throws SQLException {
        assertTrue(files.product("ivo://test.example/ID?ADP.2024-01-02T00:00:00.000").isEmpty());
        assertTrue(files.product("ADP.2024-01-02T00:00:00.000").isEmpty());
        assertTrue(files.byArcfile("ADP.2024-01-02T00:00:00.000.fits").isEmpty());
        assertTrue(files.byArcfile("RAW.ADP.2024-01-02T00:00:00.000.fits").isEmpty());
        assertTrue(files.byArcfile("nothing.fits").isEmpty());
    }

    @Test
    void proprietaryFilesAreFoundForThePiAndOperatorsOnly() throws SQLException {
        for (Caller entitled : new Caller[] {new Caller("pi", false), new Caller("op", true)}) {
            ReleasedFiles seen = new ReleasedFiles(db.dataSource(), TestDatabase.READER_ROLE, entitled);
            assertTrue(seen.product("ADP.2024-01-02T00:00:00.000").isPresent(), entitled.name());
            assertTrue(seen.byArcfile("RAW.ADP.2024-01-02T00:00:00.000.fits").isPresent(), entitled.name());
        }
        ReleasedFiles other = new ReleasedFiles(db.dataSource(), TestDatabase.READER_ROLE, new Caller("other", false));
        assertTrue(other.product("ADP.2024-01-02T00:00:00.000").isEmpty());
        assertTrue(other.byArcfile("RAW.ADP.2024-01-02T00:00:00.000.fits").isEmpty());
        assertTrue(other.byArcfile("RAW.ADP.2024-01-01T00:00:00.000.fits").isPresent());
    }
}
