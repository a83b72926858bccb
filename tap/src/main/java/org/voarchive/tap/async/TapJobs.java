package org.voarchive.tap.async;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.uws.JobRunner;
import org.voarchive.server.uws.JobStore;
import org.voarchive.server.concurrent.ContainerExecutors;

/**
 * The TAP job runner, on the container's managed executors: jobs run on the default managed executor,
 * and every {@link #TICK_SECONDS} seconds the runner starts waiting jobs, destroys expired ones and, the
 * first time, ends jobs that a previous run of the server left EXECUTING.
 */
@ApplicationScoped
public class TapJobs {

    static final int TICK_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(TapJobs.class.getName());

    @Inject
    JobStore store;

    @Inject
    TapJobExecutor executor;

    @Inject
    ArchiveConfig config;

    private ExecutorService threads;
    private ScheduledExecutorService scheduler;
    private JobRunner runner;
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void create() {
        threads = ContainerExecutors.executor();
        scheduler = ContainerExecutors.scheduler();
        runner = new JobRunner(store, executor, threads, config.asyncThreads(), config.dataDir().resolve("tap/jobs"));
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, TICK_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            runner.tick(Instant.now());
        } catch (RuntimeException e) {
            // the database may not be ready yet; availability reports that, and the next tick retries
            LOG.log(Level.FINE, "TAP job housekeeping failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    public JobRunner runner() {
        return runner;
    }
}
