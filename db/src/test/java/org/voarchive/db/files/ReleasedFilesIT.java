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

/** Released files are found by every identifier; proprietary ones by none, as the query role sees them. */
class ReleasedFilesIT {

    private static TestDatabase db;
    private static ReleasedFiles files;

    @BeforeAll
    static void twoProducts() throws SQLException {
        db = TestDatabase.migrated();
        files = new ReleasedFiles(db.dataSource(), TestDatabase.READER_ROLE);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String[] p : new String[][] {{"ADP.2024-01-01T00:00:00.000", "2024-06-01"}, {"ADP.2024-01-02T00:00:00.000", "2999-01-01"}}) {
                s.execute("INSERT INTO archive.files (arcfile, kind, instrument, sha256, size_bytes, content_type, store_path,"
                        + " release_date) VALUES ('" + p[0] + ".fits', 'product', 'UVES', repeat('a', 64), 2880,"
                        + " 'application/fits', 'products/UVES/" + p[0] + ".fits', '" + p[1] + "')");
                s.execute("INSERT INTO archive.files (arcfile, kind, instrument, sha256, size_bytes, content_type, store_path,"
                        + " release_date) VALUES ('RAW." + p[0] + ".fits', 'raw', 'UVES', repeat('b', 64), 2880,"
                        + " 'application/fits', 'raw/UVES/RAW." + p[0] + ".fits', '" + p[1] + "')");
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
}
