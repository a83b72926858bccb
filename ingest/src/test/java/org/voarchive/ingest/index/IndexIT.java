package org.voarchive.ingest.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.obscore.ObsCoreInserter;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.service.SearchIndex;
import org.voarchive.ingest.pipeline.IngestEngine;
import org.voarchive.ingest.pipeline.IngestSettings;
import org.voarchive.ingest.publish.PublishedProduct;
import org.voarchive.ingest.reduce.JavaReducer;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.ManifestEntry;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;

/**
 * The index against a real database: a simulated night ingested by the real back end (its publication
 * events collected as the server's feeder receives them) plus the demo rows; {@code ./archive reindex}
 * rebuilds from every row, refuses to touch an index a server holds, and the reconciler finds and
 * repairs drift.
 */
class IndexIT {

    @TempDir
    static Path temp;

    private static TestDatabase db;
    private static final List<PublishedProduct> published = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void ingestANightAndTheDemoRows() throws Exception {
        db = TestDatabase.migrated();
        Path stream = temp.resolve("stream");
        Manifest night = new TransferStreamSimulator(SimulationPlan.of(5, 1).withScale(FrameScale.SMALL)).write(stream);
        IngestEngine engine = new IngestEngine(db.dataSource(), new IngestSettings(temp.resolve("data"), "test.example",
                URI.create("http://archive.test/"), 12, "java", 2), new JavaReducer());
        engine.addListener(published::add);
        for (ManifestEntry e : night.entries()) {
            try (InputStream in = Files.newInputStream(stream.resolve(e.fileName()))) {
                engine.landing().land(in, e.fileName());
            }
        }
        engine.drain(true, (item, state) -> { });
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            ObsCoreInserter.insert(c, new DemoHoldings("test.example", URI.create("http://archive.test/")).records().iterator());
            c.commit();
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        db.close();
    }

    private static Map<String, String> env() {
        return Map.of("ARCHIVE_DB_URL", db.url(), "ARCHIVE_DB_USER", TestDatabase.user(),
                "ARCHIVE_DB_PASSWORD", TestDatabase.password(), "ARCHIVE_DATA_DIR", temp.resolve("data").toString());
    }

    private static Map<String, String> databaseFingerprints() throws SQLException {
        Map<String, String> prints = new HashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            PublishedProducts.forEach(c, p -> prints.put(p.id(), p.fingerprint()));
        }
        return prints;
    }

    @Test
    void aPublicationIndexesAsTheDatabaseRowReadsBack() throws Exception {
        assertFalse(published.isEmpty(), "the night made products");
        Map<String, String> rows = databaseFingerprints();
        for (PublishedProduct p : published) {
            ProductDocument fromEvent = ProductDocuments.of(p.obscore(), p.arcfile());
            assertEquals(rows.get(fromEvent.id()), fromEvent.fingerprint(),
                    "no drift between the feeder's document and the start-up check's for " + p.arcfile());
            assertEquals(p.arcfile(), fromEvent.arcfile());
        }
    }

    @Test
    void reindexRebuildsFromEveryRowAndRefusesAnIndexInUse() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReindexCommand.run(env(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        long rows = db.scalar("SELECT count(*) FROM ivoa.obscore");
        assertEquals(DemoHoldings.SIZE + published.size(), rows);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Indexed " + rows + " products"), out.toString(StandardCharsets.UTF_8));

        Path dir = SearchIndex.directory(temp.resolve("data"));
        try (FacetIndex index = FacetIndex.open(dir)) {
            assertEquals(databaseFingerprints(), index.fingerprints());

            ByteArrayOutputStream busy = new ByteArrayOutputStream();
            assertEquals(ReindexCommand.BUSY, ReindexCommand.run(env(), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(busy, true, StandardCharsets.UTF_8)));
            assertTrue(busy.toString(StandardCharsets.UTF_8).contains("is in use by another process"), busy.toString(StandardCharsets.UTF_8));
            assertEquals(rows, index.count(), "the refused rebuild changed nothing");
        }
    }

    @Test
    void theReconcilerRepairsMissingChangedAndStaleDocuments() throws Exception {
        Path dir = temp.resolve("reconciled");
        try (FacetIndex index = FacetIndex.open(dir)) {
            Drift first = IndexReconciler.reconcile(db.dataSource(), index);
            long rows = db.scalar("SELECT count(*) FROM ivoa.obscore");
            assertEquals(new Drift(rows, rows, 0, 0), first, "an empty index misses every product");

            String changed = published.get(0).obscore().obsPublisherDid();
            index.put(new ProductDocument(changed, "x", "x", "x", null, "WRONG", "x", "image", 1, null, null, null, null,
                    null, null, null, null, null, null, java.time.Instant.EPOCH, null, null));
            index.put(new ProductDocument("ivo://test.example/ID?gone", "x", "x", "x", null, "X", "x", "image", 1, null,
                    null, null, null, null, null, null, null, null, null, java.time.Instant.EPOCH, null, null));
            String removed = published.get(1).obscore().obsPublisherDid();
            index.delete(removed);
            index.commit();

            assertEquals(new Drift(rows, 1, 1, 1), IndexReconciler.reconcile(db.dataSource(), index));
            assertEquals(databaseFingerprints(), index.fingerprints());
            assertTrue(IndexReconciler.reconcile(db.dataSource(), index).none(), "a repaired index has no drift");
        }
    }
}
