package org.voarchive.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.ingest.publish.PublishedProduct;
import org.voarchive.ingest.reduce.EsorexReducer;
import org.voarchive.ingest.simulate.Defect;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.ManifestEntry;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;
import org.voarchive.ingest.stream.Landing;

/**
 * A simulated three-night stream through the whole back end against a real database: what each kind of
 * file becomes (archived, quarantined with its reason, waiting for a missing calibration, published
 * with provenance back to every raw frame), and that landing it all again changes nothing. The reducer
 * is the one a default installation uses: ESO's esorex recipes for master biases and darks where Debian's
 * packages are installed (as {@code ./archive test} installs them), the Java reducer for the rest.
 */
class IngestPipelineIT {

    /** Long enough that science frames of the simulated nights are still proprietary today. */
    private static final int PROPRIETARY_MONTHS = 12 * 50;

    @TempDir
    static Path temp;

    private static TestDatabase db;
    private static IngestEngine engine;
    private static Manifest manifest;
    private static Path stream;
    private static final List<PublishedProduct> published = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void ingestThreeNights() throws Exception {
        db = TestDatabase.migrated();
        stream = temp.resolve("stream");
        manifest = new TransferStreamSimulator(SimulationPlan.of(7, 3).withScale(FrameScale.SMALL)).write(stream);
        engine = new IngestEngine(db.dataSource(), new IngestSettings(temp.resolve("data"), "test.example",
                URI.create("http://archive.test/"), PROPRIETARY_MONTHS, "auto", 2), Reducers.choose("auto"));
        engine.addListener(published::add);
        for (ManifestEntry e : manifest.entries()) {
            try (InputStream in = Files.newInputStream(stream.resolve(e.fileName()))) {
                engine.landing().land(in, e.fileName());
            }
        }
        engine.drain(true, (item, state) -> { });
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }

    @Test
    void brokenFilesAreQuarantinedWithTheirReason() throws SQLException {
        int broken = 0;
        for (ManifestEntry e : manifest.entries()) {
            if (e.bad()) {
                broken++;
                String[] item = item(e.fileName());
                assertEquals("QUARANTINED", item[0], e.fileName());
                assertEquals(e.defect().name(), item[1], e.fileName() + ": " + item[2]);
                if (!e.detail().isEmpty() && e.defect() != Defect.TRUNCATED) {
                    assertTrue(item[2].contains(e.detail()), item[2] + " names " + e.detail());
                }
            }
        }
        assertTrue(broken >= 5, "the stream holds broken files");
    }

    @Test
    void goodFramesAreArchivedWithTheirWholeHeader() throws SQLException {
        for (ManifestEntry e : manifest.entries()) {
            if (e.expectedStatus() == Defect.ExpectedStatus.OK) {
                assertEquals("DONE", item(e.fileName())[0], e.fileName());
                assertTrue(db.scalar("SELECT count(*) FROM archive.keywords WHERE arcfile = '" + e.arcfile() + "'") > 40);
                assertEquals(1, db.scalar("SELECT count(*) FROM archive.raw_frames WHERE arcfile = '" + e.arcfile() + "'"));
            }
        }
    }

    @Test
    void scienceWithoutItsFlatsWaitsAndTheReportSaysWhy() throws SQLException {
        List<ManifestEntry> incomplete = manifest.entries().stream()
                .filter(e -> e.expectedStatus() == Defect.ExpectedStatus.INCOMPLETE && e.dprCatg().equals("SCIENCE")).toList();
        assertFalse(incomplete.isEmpty());
        for (ManifestEntry e : incomplete) {
            String[] item = item(e.fileName());
            assertEquals("WAITING", item[0], e.fileName());
            assertEquals("CALIBRATION_MISSING", item[1]);
            assertTrue(item[2].contains("MASTER_FLAT_RED"), item[2]);
            assertEquals(1, db.scalar("SELECT count(*) FROM archive.associations WHERE subject = '" + e.arcfile()
                    + "' AND status = 'MISSING' AND need = 'MASTER_FLAT_RED'"));
        }
    }

    @Test
    void everyCompleteScienceFrameIsPublishedOnceWithProvenanceToEveryRawFrame() throws SQLException {
        List<ManifestEntry> science = manifest.entries().stream()
                .filter(e -> e.expectedStatus() == Defect.ExpectedStatus.OK && e.dprCatg().equals("SCIENCE")).toList();
        assertFalse(science.isEmpty());
        for (ManifestEntry e : science) {
            assertEquals(1, db.scalar("SELECT count(*) FROM archive.products WHERE science_arcfile = '" + e.arcfile() + "'"),
                    e.fileName());
        }
        assertEquals(science.size(), db.scalar("SELECT count(*) FROM ivoa.obscore WHERE dp_id LIKE 'ADP.%'"));
        assertEquals(science.size(), published.size(), "one Published event per product");
        try (Connection c = db.dataSource().getConnection()) {
            for (String product : strings(c, "SELECT arcfile FROM archive.products")) {
                Set<String> ancestors = ancestors(c, product);
                String raw = strings(c, "SELECT science_arcfile FROM archive.products WHERE arcfile = '" + product + "'").get(0);
                assertTrue(ancestors.contains(raw), product + " comes from its science frame");
                assertTrue(ancestors.stream().anyMatch(a -> a.startsWith("M.")), product + " used a master");
                for (String calib : strings(c, "SELECT calib FROM archive.associations WHERE subject = '" + raw
                        + "' AND status = 'CHOSEN'")) {
                    assertTrue(ancestors.contains(calib), product + " records " + calib);
                }
                for (String master : ancestors.stream().filter(a -> a.startsWith("M.")).toList()) {
                    for (String rawCalibration : strings(c, "SELECT r.arcfile FROM archive.raw_frames r JOIN archive.masters m"
                            + " ON m.group_key = r.group_key WHERE m.arcfile = '" + master + "'")) {
                        assertTrue(ancestors.contains(rawCalibration), product + " reaches " + rawCalibration
                                + " behind " + master);
                    }
                }
            }
        }
    }

    @Test
    void productsDescribeTheirScience() throws SQLException {
        assertTrue(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE dataproduct_type = 'spectrum'"
                + " AND em_min < 656.28e-9 AND em_max > 656.28e-9 AND snr > 5 AND em_res_power > 10000") > 0,
                "an H-alpha spectrum with its SNR and resolving power");
        assertTrue(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE dataproduct_type = 'image'"
                + " AND psf_fwhm BETWEEN 0.2 AND 2 AND abmaglim BETWEEN 15 AND 30 AND filter IN ('J', 'Ks')") > 0,
                "images with seeing and depth");
        assertEquals(0, db.scalar("SELECT count(*) FROM ivoa.obscore WHERE dp_id LIKE 'ADP.%'"
                + " AND NOT (s_region @> s_position)"), "each footprint contains its position");
    }

    @Test
    void masterBiasesComeFromEsorexWhereItIsInstalled() throws SQLException {
        assumeTrue(new EsorexReducer().available(), "esorex with the UVES and HAWK-I recipes is not installed");
        assertTrue(db.scalar("SELECT count(*) FROM archive.masters WHERE tag LIKE 'MASTER_BIAS_%'") > 0);
        assertEquals(0, db.scalar("SELECT count(*) FROM archive.masters WHERE tag LIKE 'MASTER_BIAS_%'"
                + " AND recipe <> 'esorex/uves_cal_mbias'"));
        assertEquals(0, db.scalar("SELECT count(*) FROM archive.masters WHERE tag = 'MASTER_DARK'"
                + " AND recipe <> 'esorex/hawki_dark_combine'"));
    }

    @Test
    void qcSeriesAreScored() throws SQLException {
        assertTrue(db.scalar("SELECT count(*) FROM archive.qc1 WHERE instrument = 'UVES' AND parameter = 'QC.RON'"
                + " AND score IN ('OK', 'WARNING')") >= 5);
        assertTrue(db.scalar("SELECT count(*) FROM archive.qc1 WHERE instrument = 'HAWKI' AND tag = 'FLAT_TWILIGHT'") > 0);
        assertTrue(db.scalar("SELECT count(*) FROM archive.qc1 WHERE arcfile LIKE 'M.%'") > 0, "masters are measured too");
    }

    @Test
    void theReaderRoleSeesCalibrationsButNotProprietaryScience() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL ROLE " + TestDatabase.READER_ROLE);
            assertTrue(count(s, "SELECT count(*) FROM archive.raw_frames WHERE category = 'CALIB'") > 0);
            assertEquals(0, count(s, "SELECT count(*) FROM archive.raw_frames WHERE category = 'SCIENCE'"));
            assertEquals(0, count(s, "SELECT count(*) FROM archive.products"));
            assertEquals(0, count(s, "SELECT count(*) FROM archive.keywords k JOIN archive.files f USING (arcfile)"
                    + " WHERE f.kind = 'product'"));
            c.rollback();
        }
    }

    @Test
    void landingEverythingAgainChangesNothing() throws Exception {
        Map<String, Long> before = tableCounts();
        for (ManifestEntry e : manifest.entries()) {
            try (InputStream in = Files.newInputStream(stream.resolve(e.fileName()))) {
                assertEquals(Landing.Outcome.DUPLICATE, engine.landing().land(in, e.fileName()).outcome());
            }
        }
        engine.drain(true, (item, state) -> { });
        assertEquals(before, tableCounts());
    }

    private static Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : List.of("archive.ingest_items", "archive.files", "archive.raw_frames", "archive.keywords",
                "archive.qc1", "archive.masters", "archive.associations", "archive.products", "archive.prov_activity",
                "archive.prov_used", "archive.prov_generated", "ivoa.obscore")) {
            counts.put(t, db.scalar("SELECT count(*) FROM " + t));
        }
        return counts;
    }

    /** Every entity the product's generating activity used, and theirs, down to raw frames. */
    private static Set<String> ancestors(Connection c, String entity) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(entity));
        try (PreparedStatement s = c.prepareStatement("SELECT u.entity FROM archive.prov_generated g"
                + " JOIN archive.prov_used u ON u.activity = g.activity WHERE g.entity = ?")) {
            while (!todo.isEmpty()) {
                s.setString(1, todo.remove(todo.size() - 1));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (seen.add(rs.getString(1))) {
                            todo.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        return seen;
    }

    private static String[] item(String sourceName) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT state, coalesce(reason_code, ''), coalesce(reason, '') FROM archive.ingest_items WHERE source_name = ?")) {
            s.setString(1, sourceName);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "an item for " + sourceName);
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
