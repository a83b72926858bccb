package org.voarchive.ingest.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.voarchive.db.migration.SchemaMigration;
import org.voarchive.ingest.catalog.DbCalibrationCatalog;
import org.voarchive.ingest.catalog.FileRepository;
import org.voarchive.ingest.notify.NoticeDispatcher;
import org.voarchive.ingest.notify.PublishedNotice;
import org.voarchive.ingest.pipeline.IngestEngine;
import org.voarchive.ingest.pipeline.Reducers;
import org.voarchive.ingest.rules.CompletenessReport;
import org.voarchive.ingest.rules.RuleBook;
import org.voarchive.ingest.rules.ScienceFrame;
import org.voarchive.ingest.stream.Landing;

/**
 * {@code ./archive ingest DIR}: lands every FITS file under DIR (leaving DIR as it was), runs the back end
 * until nothing more can move, and prints what became of the files: accepted, quarantined with reasons,
 * waiting for calibrations, masters made and products published. Subscribers of the programmes whose
 * products it published are notified as the server notifies them, once the run is done.
 */
public final class IngestCommand {

    private IngestCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: ./archive ingest DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("not a directory: " + dir);
            System.exit(2);
        }
        // the summary says what happened; per-master progress lines would drown the progress bar
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(dir, CommandEnvironment.from(System.getenv()), System.out));
    }

    static int run(Path dir, CommandEnvironment env, PrintStream out) throws IOException, SQLException {
        try (HikariDataSource ds = env.dataSource()) {
            return run(dir, env, ds, out);
        }
    }

    private static int run(Path dir, CommandEnvironment env, DataSource ds, PrintStream out) throws IOException, SQLException {
        new SchemaMigration(ds, env.readerRole()).migrate();
        IngestEngine engine = new IngestEngine(ds, env.settings(), Reducers.choose(env.settings().reducer()));
        Map<String, List<PublishedNotice>> notices = new TreeMap<>();
        engine.addListener(product -> {
            PublishedNotice notice = PublishedNotice.of(product);
            if (notice != null) {
                synchronized (notices) {
                    notices.computeIfAbsent(notice.progId(), p -> new ArrayList<>()).add(notice);
                }
            }
        });
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".fits")).sorted().toList();
        }
        out.printf("Ingesting %d files from %s into %s%n", files.size(), dir, env.settings().storeRoot());
        Map<Landing.Outcome, Integer> landed = new TreeMap<>();
        List<Long> ids = new ArrayList<>();
        ProgressBar landing = new ProgressBar(out, "landing", files.size());
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Landing.Result result = engine.landing().land(in, dir.relativize(file).toString());
                landed.merge(result.outcome(), 1, Integer::sum);
                ids.add(result.item().id());
            }
            landing.step(file.getFileName().toString());
        }
        landing.finish();
        ProgressBar processing = new ProgressBar(out, "processing", files.size());
        IngestEngine.Drained drained = engine.drain(true, (item, state) -> processing.step(item.arcfile() + " " + state));
        processing.finish();
        out.printf("Landed: %d new, %d already in the archive, %d refused at landing%n",
                landed.getOrDefault(Landing.Outcome.ACCEPTED, 0), landed.getOrDefault(Landing.Outcome.DUPLICATE, 0),
                landed.getOrDefault(Landing.Outcome.QUARANTINED, 0));
        summary(ds, ids, drained, out);
        notify(env.dispatcher(ds), notices, out);
        return 0;
    }

    /** As the server does after publishing, each programme's new products in one notice per subscription. */
    private static void notify(NoticeDispatcher dispatcher, Map<String, List<PublishedNotice>> notices, PrintStream out) {
        if (notices.isEmpty()) {
            return;
        }
        int delivered = 0;
        for (Map.Entry<String, List<PublishedNotice>> e : notices.entrySet()) {
            delivered += dispatcher.dispatch(e.getKey(), e.getValue());
        }
        out.printf("Notices delivered to subscribers: %d (new products of %d programmes)%n", delivered, notices.size());
    }

    private static void summary(DataSource ds, List<Long> ids, IngestEngine.Drained drained, PrintStream out) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Array idArray = c.createArrayOf("bigint", ids.toArray());
            Map<String, Long> states = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT state, count(*) FROM archive.ingest_items WHERE id = ANY (?) GROUP BY state")) {
                s.setArray(1, idArray);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        states.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            out.printf("Accepted: %d frames archived%n", states.getOrDefault("DONE", 0L));
            out.printf("Quarantined: %d%n", states.getOrDefault("QUARANTINED", 0L));
            listItems(c, idArray, "QUARANTINED", out);
            out.printf("Waiting for calibrations: %d%n", states.getOrDefault("WAITING", 0L));
            listItems(c, idArray, "WAITING", out);
            out.printf("Masters made: %d%n", drained.mastersMade());
            completeness(c, idArray, out);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM archive.products p JOIN archive.ingest_items i ON i.arcfile = p.science_arcfile"
                            + " WHERE i.id = ANY (?)")) {
                s.setArray(1, idArray);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    out.printf("Products published: %d%n", rs.getLong(1));
                }
            }
        }
    }

    /** The calChecker-like report: per night and setup, whether the science frames have their calibrations. */
    private static void completeness(Connection c, Array ids, PrintStream out) throws SQLException {
        Map<String, List<ScienceFrame>> byInstrument = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT r.arcfile, r.instrument, r.tag, r.mjd_obs FROM archive.raw_frames r"
                        + " JOIN archive.ingest_items i ON i.arcfile = r.arcfile"
                        + " WHERE i.id = ANY (?) AND r.category = 'SCIENCE' ORDER BY r.mjd_obs")) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byInstrument.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new ScienceFrame(
                            rs.getString(1), rs.getString(3), FileRepository.primaryKeywords(c, rs.getString(1)),
                            rs.getDouble(4)));
                }
            }
        }
        if (byInstrument.isEmpty()) {
            return;
        }
        RuleBook rules = RuleBook.load();
        DbCalibrationCatalog calibrations = new DbCalibrationCatalog(rules.matchKeys());
        out.println("Calibration completeness:");
        for (Map.Entry<String, List<ScienceFrame>> e : byInstrument.entrySet()) {
            out.print(CompletenessReport.build(rules.require(e.getKey()), e.getValue(), calibrations.on(c)).toText());
        }
    }

    private static void listItems(Connection c, Array ids, String state, PrintStream out) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT coalesce(arcfile, source_name), reason_code, reason FROM archive.ingest_items"
                        + " WHERE id = ANY (?) AND state = ? ORDER BY reason_code, id")) {
            s.setArray(1, ids);
            s.setString(2, state);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(3);
                    out.printf("  %-20s %s: %s%n", rs.getString(2), rs.getString(1),
                            reason.length() > 160 ? reason.substring(0, 157) + "..." : reason);
                }
            }
        }
    }
}
