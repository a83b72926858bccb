import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.voarchive.db.migration.SchemaMigration;
import org.voarchive.db.pool.ConnectionPool;
import org.voarchive.ingest.catalog.DbCalibrationCatalog;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.catalog.ItemRepository;
import org.voarchive.ingest.pipeline.AssociateStage;
import org.voarchive.ingest.pipeline.ClassifyStage;
import org.voarchive.ingest.pipeline.MasterMaker;
import org.voarchive.ingest.pipeline.QcRecorder;
import org.voarchive.ingest.pipeline.QcStage;
import org.voarchive.ingest.pipeline.StageRunner;
import org.voarchive.ingest.pipeline.ValidateStage;
import org.voarchive.ingest.reduce.JavaReducer;

import org.voarchive.ingest.rules.RuleBook;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;
import org.voarchive.ingest.store.ArchiveStore;
import org.voarchive.ingest.stream.Landing;

/**
 * Throughput of the stages before reduction on a simulated stream: validate, classify, qc and associate
 * ("with-qc"), or without qc, which reads every pixel ("headers"). Run by bench/ingest-bench:
 * java -cp <ingest class path> bench/IngestBench.java <jdbc-url> <nights> <small|realistic> <threads> <work-dir> <with-qc|headers>
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        HikariDataSource ds = ConnectionPool.open("ingest-bench", args[0],
                System.getenv().getOrDefault("ARCHIVE_DB_USER", "archive"),
                System.getenv().getOrDefault("ARCHIVE_DB_PASSWORD", "archive"), 4);
        int nights = Integer.parseInt(args[1]);
        FrameScale scale = args[2].equals("small") ? FrameScale.SMALL : FrameScale.REALISTIC_LIGHT;
        int threads = Integer.parseInt(args[3]);
        Path work = Path.of(args[4]);
        new SchemaMigration(ds, "archive_reader").migrate();

        Path stream = work.resolve("stream");
        if (!Files.isDirectory(stream)) {
            new TransferStreamSimulator(SimulationPlan.of(3, nights).withScale(scale)).write(stream);
        }
        List<Path> files;
        try (var walk = Files.list(stream)) {
            files = walk.filter(p -> p.toString().endsWith(".fits")).sorted().toList();
        }
        ArchiveStore store = new ArchiveStore(work.resolve("store-" + threads + "-" + args[5]));
        RuleBook rules = RuleBook.load();
        DbCalibrationCatalog calibrations = new DbCalibrationCatalog(rules.matchKeys());
        QcRecorder qcRecorder = new QcRecorder();
        boolean qc = args[5].equals("with-qc");
        List<org.voarchive.ingest.pipeline.Stage> stages = new ArrayList<>(List.of(new ValidateStage(), new ClassifyStage(rules, 12)));
        if (qc) {
            stages.add(new QcStage(qcRecorder));
        }
        stages.add(new AssociateStage(rules, calibrations, store));
        StageRunner headerStages = new StageRunner(ds, store, stages);

        Landing landing = new Landing(ds, store);
        // warm-up: two earlier nights through the same code, so the figures are the sustained rate, not the JIT's
        Path warmup = work.resolve("warmup");
        if (!Files.isDirectory(warmup)) {
            new TransferStreamSimulator(SimulationPlan.of(4, 2).withScale(scale)
                    .withStartNight(java.time.LocalDate.of(2023, 1, 10))).write(warmup);
        }
        try (var walk = Files.list(warmup)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".fits")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    landing.land(in, f.getFileName().toString());
                }
            }
        }
        runAll(ds, headerStages, threads);
        new MasterMaker(ds, store, rules, calibrations, qcRecorder, new JavaReducer()).run(true);

        long t0 = System.nanoTime();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                landing.land(in, f.getFileName().toString());
            }
        }
        long t1 = System.nanoTime();
        int processed = runAll(ds, headerStages, threads);
        long t2 = System.nanoTime();
        int masters = new MasterMaker(ds, store, rules, calibrations, qcRecorder, new JavaReducer()).run(true);
        long t3 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            ItemRepository.reactivateWaiting(c);
        }
        int associated = runAll(ds, headerStages, threads);
        long t4 = System.nanoTime();
        System.out.printf("stages=%s frames=%d threads=%d land_s=%.2f land_per_s=%.0f stages_s=%.2f stages_per_s=%.0f"
                        + " masters=%d masters_s=%.2f science_associated=%d associate_per_s=%.0f%n",
                args[5], files.size(), threads, sec(t1 - t0), files.size() / sec(t1 - t0), sec(t2 - t1), processed / sec(t2 - t1),
                masters, sec(t3 - t2), associated, associated / sec(t4 - t3));
    }

    /** Runs every ACTIVE item through the stages on {@code threads} workers, each taking every n-th item. */
    private static int runAll(DataSource ds, StageRunner runner, int threads) throws Exception {
        List<Item> items;
        try (Connection c = ds.getConnection()) {
            items = ItemRepository.inState(c, "ACTIVE", Integer.MAX_VALUE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            done.add(pool.submit(() -> {
                for (int i = offset; i < items.size(); i += threads) {
                    runner.run(items.get(i));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return items.size();
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
