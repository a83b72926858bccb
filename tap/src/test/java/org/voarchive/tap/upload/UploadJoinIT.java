package org.voarchive.tap.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.demo.DemoLoader;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryLimits;
import org.voarchive.db.tapschema.TapSchemaReader;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.access.Caller;
import org.voarchive.server.tables.TableCatalog;
import org.voarchive.tap.adql.AdqlTranslator;
import org.voarchive.tap.adql.TranslatedQuery;

/** An uploaded table joined with the holdings, through the same steps as the TAP query service. */
class UploadJoinIT {

    private static TestDatabase db;
    private static TableCatalog catalog;

    @BeforeAll
    static void load() throws Exception {
        db = TestDatabase.migrated();
        new DemoLoader(db.dataSource()).loadIfEmpty(new DemoHoldings("archive.test", URI.create("http://localhost/")));
        db.releaseEverything();
        try (Connection c = db.dataSource().getConnection()) {
            var schemas = TapSchemaReader.read(c);
            catalog = () -> schemas;
        }
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static long rows(String adql, UploadTable upload) throws Exception {
        TranslatedQuery q = new AdqlTranslator(UploadCatalog.with(catalog, List.of(upload))).translate(adql, 100_000);
        long n = 0;
        try (JdbcResultCursor cursor = JdbcResultCursor.open(db.dataSource(), q.sql(), q.columns(),
                new QueryLimits(100_000, Duration.ofSeconds(30), TestDatabase.READER_ROLE, Caller.ANONYMOUS),
                new UploadLoader(List.of(upload)))) {
            while (cursor.next()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void anUploadedListOfPositionsFindsTheProductsAroundThem() throws Exception {
        UploadTable mine = new UploadReader(1_000_000, 1000).read("mine",
                new ByteArrayInputStream(UploadSpecTest.VOTABLE.getBytes(StandardCharsets.UTF_8)));
        long joined = rows("SELECT u.name, o.obs_publisher_did FROM TAP_UPLOAD.mine AS u JOIN ivoa.obscore AS o "
                + "ON CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(u.ra, u.dec, 0.05)) = 1", mine);
        long expected = db.scalar("SELECT count(*) FROM ivoa.obscore WHERE target_name IN ('NGC 253', 'M 83')");
        assertTrue(expected > 0);
        assertEquals(expected, joined);
        assertEquals(2, rows("SELECT * FROM tap_upload.MINE", mine), "the schema and name follow ADQL's case rules");
    }

    @Test
    void uploadsAreGoneWhenTheQueryEnds() throws Exception {
        UploadTable mine = new UploadReader(1_000_000, 1000).read("mine",
                new ByteArrayInputStream(UploadSpecTest.VOTABLE.getBytes(StandardCharsets.UTF_8)));
        rows("SELECT COUNT(*) FROM TAP_UPLOAD.mine", mine);
        rows("SELECT COUNT(*) FROM TAP_UPLOAD.mine", mine);
        assertEquals(0, db.scalar("SELECT count(*) FROM pg_class WHERE relname = 'mine'"));
    }
}
