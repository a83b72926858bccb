package org.voarchive.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.ingest.simulate.Defect;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;

/**
 * Kills {@code ./archive ingest} with SIGKILL in the middle of a stream, while masters and products are
 * being made, runs it again, and checks that the archive ends exactly as an uninterrupted run would:
 * every frame settled, one product per science frame, one master per calibration group, and no stored
 * file without its record or record without its file.
 */
class IngestCrashIT {

    @TempDir
    Path temp;

    @Test
    void aKilledIngestResumesWithNothingLostAndNothingDoubled() throws Exception {
        try (TestDatabase db = TestDatabase.migrated()) {
            Path stream = temp.resolve("stream");
            Manifest manifest = new TransferStreamSimulator(SimulationPlan.of(11, 1).withScale(FrameScale.SMALL)).write(stream);
            Map<String, String> env = Map.of("ARCHIVE_DB_URL", db.url(), "ARCHIVE_DB_USER", TestDatabase.user(),
                    "ARCHIVE_DB_PASSWORD", TestDatabase.password(), "ARCHIVE_DB_READER_ROLE", TestDatabase.READER_ROLE,
                    "ARCHIVE_DATA_DIR", temp.resolve("data").toString(), "ARCHIVE_INGEST_REDUCER", "java");

            ProcessBuilder first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), IngestCommand.class.getName(), stream.toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("first.log").toFile());
            first.environment().putAll(env);
            Process process = first.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (process.isAlive() && System.nanoTime() < deadline && products(db) < 3) {
                Thread.sleep(20);
            }
            assertTrue(process.isAlive(), () -> "the first run was still working when killed: " + log(temp.resolve("first.log")));
            process.destroyForcibly();
            assertNotEquals(0, process.waitFor());
            long settledBefore = db.scalar("SELECT count(*) FROM archive.ingest_items WHERE state <> 'ACTIVE'");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, IngestCommand.run(stream, CommandEnvironment.from(env), new PrintStream(out, true, StandardCharsets.UTF_8)));
            String summary = out.toString(StandardCharsets.UTF_8);

            long files = manifest.entries().size();
            long science = manifest.entries().stream().filter(e -> e.expectedStatus() == Defect.ExpectedStatus.OK
                    && e.dprCatg().equals("SCIENCE")).count();
            long broken = manifest.entries().stream().filter(e -> e.bad()).count();
            assertTrue(settledBefore < files, "the kill came before the end");
            assertEquals(files, db.scalar("SELECT count(*) FROM archive.ingest_items"), summary);
            assertEquals(0, db.scalar("SELECT count(*) FROM archive.ingest_items WHERE state = 'ACTIVE'"), summary);
            assertEquals(broken, db.scalar("SELECT count(*) FROM archive.ingest_items WHERE state = 'QUARANTINED'"), summary);
            assertEquals(science, products(db), summary);
            assertEquals(science, db.scalar("SELECT count(DISTINCT science_arcfile) FROM archive.products"));
            assertEquals(science, db.scalar("SELECT count(*) FROM ivoa.obscore"));
            assertEquals(db.scalar("SELECT count(DISTINCT group_key) FROM archive.masters"),
                    db.scalar("SELECT count(*) FROM archive.masters"));
            assertEquals(0, db.scalar("SELECT count(*) FROM (SELECT subject, need FROM archive.associations"
                    + " WHERE status = 'CHOSEN' GROUP BY subject, need HAVING count(*) > 1) d"));
            Path store = temp.resolve("data/store");
            assertEquals(db.scalar("SELECT count(*) FROM archive.products"), count(store.resolve("products")));
            assertEquals(db.scalar("SELECT count(*) FROM archive.masters"), count(store.resolve("masters")));
            assertEquals(db.scalar("SELECT count(*) FROM archive.ingest_items WHERE store_path LIKE 'raw/%'"),
                    count(store.resolve("raw")));
            assertTrue(summary.contains("Products published: "), summary);
        }
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long products(TestDatabase db) throws Exception {
        return db.scalar("SELECT count(*) FROM archive.products");
    }

    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
