package org.voarchive.server.uws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs the jobs of one service: at most {@code threads} at once, the rest waiting QUEUED in the store,
 * so that a restart loses nothing. Every transition goes through the store's compare-and-set, so an
 * ABORT and a job finishing, or two servers claiming one job, cannot both win.
 *
 * <p>Thread safe. {@link #tick(Instant)} must be called periodically: it recovers after a restart, starts
 * waiting jobs and destroys expired ones.
 */
public final class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    private final JobStore store;
    private final JobExecutor executor;
    private final ExecutorService threads;
    private final int maxRunning;
    private final Path jobsDir;
    private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
    private boolean recovered;

    /**
     * @param store where the jobs are
     * @param executor what running a job means
     * @param threads where jobs run (a managed executor in the server)
     * @param maxRunning how many jobs may run at once
     * @param jobsDir the directory under which each job gets a directory for its results
     */
    public JobRunner(JobStore store, JobExecutor executor, ExecutorService threads, int maxRunning, Path jobsDir) {
        this.store = store;
        this.executor = executor;
        this.threads = threads;
        this.maxRunning = maxRunning;
        this.jobsDir = jobsDir;
    }

    /** The directory of a job: what the service saved with it ({@code inputs}) and its results ({@code results}). */
    public Path jobDir(String jobId) {
        return jobsDir.resolve(jobId);
    }

    /** Files a service keeps with a job when it is created, such as uploaded tables; the executor reads them. */
    public Path inputDir(String jobId) {
        return jobDir(jobId).resolve("inputs");
    }

    /** Where the results of a job are. */
    public Path resultDir(String jobId) {
        return jobDir(jobId).resolve("results");
    }

    /**
     * PHASE=RUN: queues a PENDING job and starts it if a thread is free.
     *
     * @return false when the job was not PENDING
     */
    public boolean run(String jobId) {
        boolean queued = store.changePhase(jobId, ExecutionPhase.PENDING, ExecutionPhase.QUEUED);
        if (queued) {
            dispatch();
        }
        return queued;
    }

    /**
     * PHASE=ABORT: ends a job that has not ended yet, stopping its work if it runs here.
     *
     * @return false when the job had already ended (or does not exist)
     */
    public boolean abort(String jobId) {
        for (ExecutionPhase from : List.of(ExecutionPhase.PENDING, ExecutionPhase.QUEUED, ExecutionPhase.HELD,
                ExecutionPhase.SUSPENDED, ExecutionPhase.EXECUTING)) {
            if (store.changePhase(jobId, from, ExecutionPhase.ABORTED)) {
                Cancellation c = running.get(jobId);
                if (c != null) {
                    c.cancel();
                }
                return true;
            }
        }
        return false;
    }

    /** Deletes a job: stops it, forgets it and deletes its results. */
    public boolean delete(String jobId) {
        abort(jobId);
        boolean deleted = store.delete(jobId);
        deleteTree(jobDir(jobId));
        return deleted;
    }

    /** Periodic work: recovery after a restart (once), destruction of expired jobs, starting waiting ones. */
    public void tick(Instant now) {
        recoverOnce();
        for (String expired : store.expired(now)) {
            delete(expired);
        }
        dispatch();
    }

    /**
     * Ends the jobs a previous run of the server left EXECUTING. It runs before this runner starts any job,
     * so that it can never end one of its own.
     */
    private synchronized void recoverOnce() {
        if (recovered) {
            return;
        }
        int ended = store.failExecuting("the server restarted while this job was running; run it again");
        if (ended > 0) {
            LOG.warning(() -> ended + " jobs were running when the server stopped; they ended in ERROR");
        }
        recovered = true;
    }

    /** How many jobs run here now. */
    public int runningCount() {
        return running.size();
    }

    private synchronized void dispatch() {
        recoverOnce();
        if (running.size() >= maxRunning) {
            return;
        }
        for (String jobId : store.queued()) {
            if (running.size() >= maxRunning) {
                return;
            }
            if (!store.changePhase(jobId, ExecutionPhase.QUEUED, ExecutionPhase.EXECUTING)) {
                continue;
            }
            Cancellation cancellation = new Cancellation();
            running.put(jobId, cancellation);
            try {
                threads.execute(() -> execute(jobId, cancellation));
            } catch (RejectedExecutionException e) {
                running.remove(jobId);
                store.fail(jobId, ExecutionPhase.EXECUTING, new JobError(false, "the server is shutting down"));
            }
        }
    }

    private void execute(String jobId, Cancellation cancellation) {
        try {
            Job job = store.find(jobId).orElse(null);
            if (job == null || job.phase() != ExecutionPhase.EXECUTING) {
                return;
            }
            Path dir = resultDir(jobId);
            deleteResults(jobId);
            Files.createDirectories(dir);
            try {
                List<JobResult> results = executor.execute(job, dir, cancellation);
                if (!store.complete(jobId, results)) {
                    deleteResults(jobId);
                }
            } catch (JobFailedException e) {
                if (!store.fail(jobId, ExecutionPhase.EXECUTING, e.toError())) {
                    deleteResults(jobId);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (cancellation.isCancelled()) {
                deleteResults(jobId);
            } else {
                LOG.log(Level.SEVERE, "job " + jobId + " failed unexpectedly", e);
                store.fail(jobId, ExecutionPhase.EXECUTING, new JobError(false, "the job could not be run ("
                        + e.getClass().getSimpleName() + "); the operators can find the cause in the server log"));
            }
        } finally {
            running.remove(jobId);
            dispatch();
        }
    }

    private void deleteResults(String jobId) {
        deleteTree(resultDir(jobId));
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + dir, e);
        }
    }
}
