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
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.voarchive.server.uws.JobStore;

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
        threads = lookup("java:comp/DefaultManagedExecutorService", ExecutorService.class);
        scheduler = lookup("java:comp/DefaultManagedScheduledExecutorService", ScheduledExecutorService.class);
        runner = new JobRunner(store, executor, threads, config.asyncThreads(), config.dataDir().resolve("tap/jobs"));
    }

    /** The container's default managed executor of that kind (Jakarta Concurrency); injection by @Resource fails in library jars on Payara. */
    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("the container offers no " + name + ": " + e.getMessage(), e);
        }
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
