package org.voarchive.ingest.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.voarchive.ingest.catalog.DbCalibrationCatalog;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.catalog.ItemRepository;
import org.voarchive.ingest.publish.ObsCoreMapping;
import org.voarchive.ingest.publish.PublishedListener;
import org.voarchive.ingest.reduce.Reducer;
import org.voarchive.ingest.rules.RuleBook;
import org.voarchive.ingest.store.ArchiveStore;
import org.voarchive.ingest.stream.Landing;

/**
 * The back end assembled: landing, the stage chain, and the master maker, driven in rounds until
 * nothing more can move. Only one engine works the queue at a time, across processes: a PostgreSQL
 * advisory lock held for the length of a drain makes a second one (the server's watcher while an
 * operator runs {@code ./archive ingest}) wait its turn instead of racing it.
 */
public final class IngestEngine {

    private static final long DRAIN_LOCK = 0x766f_6472_6169L;
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final int workers;
    private final ArchiveStore store;
    private final Landing landing;
    private final StageRunner runner;
    private final DbCalibrationCatalog calibrations;
    private final MasterMaker masters;
    private final List<PublishedListener> listeners = new CopyOnWriteArrayList<>();

    public IngestEngine(DataSource dataSource, IngestSettings settings, Reducer reducer) {
        this.dataSource = dataSource;
        this.workers = Math.max(1, settings.workers());
        this.store = new ArchiveStore(settings.storeRoot());
        this.landing = new Landing(dataSource, store);
        RuleBook rules = RuleBook.load();
        this.calibrations = new DbCalibrationCatalog(rules.matchKeys());
        QcRecorder qc = new QcRecorder();
        this.runner = new StageRunner(dataSource, store, List.of(
                new ValidateStage(),
                new ClassifyStage(rules, settings.proprietaryMonths()),
                new QcStage(qc),
                new AssociateStage(rules, calibrations, store),
                new ReduceStage(reducer, store),
                new PublishStage(store, new ObsCoreMapping.Publisher(settings.authority(), settings.baseUrl()), listeners)));
        this.masters = new MasterMaker(dataSource, store, rules, calibrations, qc, reducer);
    }

    public Landing landing() {
        return landing;
    }

    public ArchiveStore store() {
        return store;
    }

    public void addListener(PublishedListener listener) {
        listeners.add(listener);
    }

    /** Told of each item as it settles, for progress bars. */
    @FunctionalInterface
    public interface Progress {
        void settled(Item item, String state);
    }

    /** What a drain did. */
    public record Drained(int processed, int mastersMade) {
    }

    /**
     * Runs every active item as far as it goes, makes the masters that became possible, gives waiting
     * frames another chance when calibrations arrived, and repeats until a round changes nothing.
     *
     * @param quiet whether the stream has gone quiet (complete short calibration groups too)
     */
    public Drained drain(boolean quiet, Progress progress) throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            try (PreparedStatement s = lock.prepareStatement("SELECT pg_advisory_lock(?)")) {
                s.setLong(1, DRAIN_LOCK);
                s.execute();
            }
            try {
                return drainLocked(quiet, progress);
            } finally {
                try (PreparedStatement s = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    s.setLong(1, DRAIN_LOCK);
                    s.execute();
                }
            }
        }
    }

    private Drained drainLocked(boolean quiet, Progress progress) throws SQLException {
        calibrations.forget();
        int processed = 0;
        int made = 0;
        while (true) {
            boolean calibrationsArrived = false;
            List<Item> active;
            while (!(active = inState("ACTIVE")).isEmpty()) {
                calibrationsArrived |= runAll(active, progress);
                processed += active.size();
            }
            int round = masters.run(quiet);
            made += round;
            if (round == 0 && !calibrationsArrived) {
                return new Drained(processed, made);
            }
            // a worker may have remembered candidates read just before a calibration committed
            calibrations.forget();
            if (reactivateWaiting() == 0 && round == 0) {
                return new Drained(processed, made);
            }
        }
    }

    /**
     * Runs the items on {@link #workers} threads, each taking every n-th item: reading pixels and
     * waiting for the database overlap, and the stage checkpoints' compare-and-set keeps two workers
     * from ever completing the same stage of one item.
     *
     * @return whether a calibration frame completed its stages
     */
    private boolean runAll(List<Item> items, Progress progress) throws SQLException {
        AtomicBoolean calibration = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int offset = w;
                done.add(pool.submit(() -> {
                    for (int i = offset; i < items.size(); i += workers) {
                        Item item = items.get(i);
                        StageRunner.Settled settled = runner.run(item);
                        if (settled.calibration()) {
                            calibrations.forget();
                            calibration.set(true);
                        }
                        synchronized (progress) {
                            progress.settled(item, settled.state());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return calibration.get();
    }

    /**
     * Gives every waiting frame another chance. Drains wake waiting frames whenever they make or archive
     * calibrations themselves; this also catches calibrations that arrived by another way (an operator's
     * fix in the database, another process), at the cost of one association per waiting frame.
     */
    public int reviveWaiting() throws SQLException {
        calibrations.forget();
        return reactivateWaiting();
    }

    private List<Item> inState(String state) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return ItemRepository.inState(c, state, BATCH);
        }
    }

    private int reactivateWaiting() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return ItemRepository.reactivateWaiting(c);
        }
    }
}
