package org.voarchive.ingest.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.db.startup.DatabaseStartup;
import org.voarchive.ingest.pipeline.IngestEngine;
import org.voarchive.ingest.pipeline.IngestSettings;
import org.voarchive.ingest.pipeline.Reducers;
import org.voarchive.ingest.publish.PublishedProduct;
import org.voarchive.ingest.stream.IncomingDirectory;
import org.voarchive.ingest.stream.Landing;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.concurrent.ContainerExecutors;

/**
 * Runs the back end in the server: every {@link #TICK_SECONDS} it lands what settled in the incoming
 * directory and drains the stage chain. When a tick finds nothing new the stream counts as quiet, so
 * calibration groups short of their announced size are made into masters too. Products published fire
 * the CDI event {@link PublishedProduct}.
 */
@ApplicationScoped
public class IngestService {

    static final int TICK_SECONDS = 2;
    /** How often a quiet stream gives waiting frames another chance. */
    private static final Duration REVIVE = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(IngestService.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    ArchiveConfig config;

    @Inject
    DatabaseStartup database;

    @Inject
    Event<PublishedProduct> published;

    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> ticking;
    private volatile IngestEngine engine;
    private IncomingDirectory incoming;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private Instant lastRevival = Instant.now();

    @PostConstruct
    void create() {
        scheduler = ContainerExecutors.scheduler();
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (config.ingestEnabled()) {
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, TICK_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** Lands a file pushed over HTTP and has it processed at once rather than at the next tick. */
    public Landing.Result push(InputStream in, String name) throws IOException, SQLException {
        Landing.Result result = engine().orElseThrow(() -> new IllegalStateException("the database is not ready"))
                .landing().land(in, name);
        if (result.outcome() == Landing.Outcome.ACCEPTED) {
            scheduler.execute(this::tick);
        }
        return result;
    }

    /** The engine, once the database is prepared. */
    public Optional<IngestEngine> engine() {
        if (engine == null && database.ensurePrepared().isEmpty()) {
            synchronized (this) {
                if (engine == null) {
                    IngestSettings settings = new IngestSettings(config.dataDir(), config.authority(),
                            config.baseUrl().orElse(URI.create("http://localhost:" + config.port() + "/")),
                            config.ingestProprietaryMonths(), config.ingestReducer(), IngestSettings.defaultWorkers());
                    IngestEngine e = new IngestEngine(dataSource, settings, Reducers.choose(settings.reducer()));
                    e.addListener(published::fire);
                    engine = e;
                }
            }
        }
        return Optional.ofNullable(engine);
    }

    /**
     * One round of landing and draining. Pushes ask for extra rounds; a round asked for while one runs
     * is folded into a repeat of the running one, so rounds never overlap.
     */
    private void tick() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                round();
            } while (again.get());
        } finally {
            running.set(false);
        }
    }

    private void round() {
        try {
            Optional<IngestEngine> e = engine();
            if (e.isEmpty()) {
                return;
            }
            if (incoming == null) {
                incoming = new IncomingDirectory(config.dataDir().resolve("incoming"), SETTLE);
            }
            List<Path> ready = incoming.ready(Instant.now());
            for (Path file : ready) {
                Landing.Result result = incoming.land(e.get().landing(), file);
                LOG.fine(() -> "landed " + file.getFileName() + ": " + result.outcome());
            }
            boolean quiet = ready.isEmpty();
            if (quiet && Duration.between(lastRevival, Instant.now()).compareTo(REVIVE) >= 0) {
                lastRevival = Instant.now();
                e.get().reviveWaiting();
            }
            e.get().drain(quiet, (item, state) -> { });
        } catch (IOException | SQLException | RuntimeException ex) {
            // the next tick retries; what failed stays where it was (items keep their checkpoint)
            LOG.log(Level.WARNING, "ingest tick failed: " + ex.getMessage(), ex);
        }
    }
}
