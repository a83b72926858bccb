package org.voarchive.server.uws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {

    @TempDir
    Path dir;

    private final MemoryJobStore store = new MemoryJobStore();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** An executor whose jobs run until the latch is released. */
    private static JobExecutor waitingFor(CountDownLatch release) {
        return (job, resultDir, c) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
    }

    private Job job() {
        return store.create(new NewJob(null, null, 60, Instant.now().plusSeconds(3600),
                List.of(new JobParameter("QUERY", "q"))));
    }

    private ExecutionPhase awaitPhase(String id, ExecutionPhase... wanted) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            ExecutionPhase phase = store.find(id).orElseThrow().phase();
            if (List.of(wanted).contains(phase)) {
                return phase;
            }
            Thread.sleep(10);
        }
        return store.find(id).orElseThrow().phase();
    }

    @Test
    void aJobRunsToCompletionWithItsResultFile() throws Exception {
        JobRunner runner = new JobRunner(store, (job, resultDir, c) -> {
            Files.writeString(resultDir.resolve("result"), job.parameter("QUERY").orElseThrow());
            return List.of(new JobResult("result", 1, "text/plain"));
        }, threads, 2, dir);
        Job job = job();
        assertTrue(runner.run(job.jobId()));
        assertFalse(runner.run(job.jobId()), "only a PENDING job can be run");
        assertEquals(ExecutionPhase.COMPLETED, awaitPhase(job.jobId(), ExecutionPhase.COMPLETED));
        assertEquals("q", Files.readString(runner.resultDir(job.jobId()).resolve("result")));
    }

    @Test
    void aFailingJobSaysWhy() throws Exception {
        JobRunner runner = new JobRunner(store, (job, resultDir, c) -> {
            throw new JobFailedException(true, "unknown column x", null);
        }, threads, 2, dir);
        Job job = job();
        runner.run(job.jobId());
        assertEquals(ExecutionPhase.ERROR, awaitPhase(job.jobId(), ExecutionPhase.ERROR));
        assertEquals(new JobError(true, "unknown column x"), store.find(job.jobId()).orElseThrow().error());
    }

    @Test
    void noMoreThanTheLimitRunAtOnceAndTheRestWaitQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JobRunner runner = new JobRunner(store, waitingFor(release), threads, 2, dir);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Job job = job();
            ids.add(job.jobId());
            runner.run(job.jobId());
        }
        Thread.sleep(200);
        long executing = ids.stream().filter(id -> store.find(id).orElseThrow().phase() == ExecutionPhase.EXECUTING).count();
        long queued = ids.stream().filter(id -> store.find(id).orElseThrow().phase() == ExecutionPhase.QUEUED).count();
        assertEquals(2, executing);
        assertEquals(3, queued);
        release.countDown();
        for (String id : ids) {
            assertEquals(ExecutionPhase.COMPLETED, awaitPhase(id, ExecutionPhase.COMPLETED));
        }
    }

    @Test
    void abortStopsARunningJobAndDropsItsResults() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobRunner runner = new JobRunner(store, (job, resultDir, cancellation) -> {
            CountDownLatch stopped = new CountDownLatch(1);
            cancellation.onCancel(stopped::countDown);
            try {
                Files.writeString(resultDir.resolve("result"), "partial");
                started.countDown();
                stopped.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new JobFailedException(false, "interrupted", e);
            }
            return List.of(new JobResult("result", 7, "text/plain"));
        }, threads, 2, dir);
        Job job = job();
        runner.run(job.jobId());
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertTrue(runner.abort(job.jobId()));
        assertFalse(runner.abort(job.jobId()), "an ended job cannot be aborted again");
        Thread.sleep(200);
        assertEquals(ExecutionPhase.ABORTED, store.find(job.jobId()).orElseThrow().phase());
        assertTrue(store.find(job.jobId()).orElseThrow().results().isEmpty());
        assertFalse(Files.exists(runner.resultDir(job.jobId())), "results of an aborted job are deleted");
        assertEquals(0, runner.runningCount());
    }

    @Test
    void aJobStartedBeforeTheFirstTickIsNotTakenForALeftover() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JobRunner runner = new JobRunner(store, waitingFor(release), threads, 2, dir);
        Job job = job();
        runner.run(job.jobId());
        assertEquals(ExecutionPhase.EXECUTING, awaitPhase(job.jobId(), ExecutionPhase.EXECUTING));
        runner.tick(Instant.now());
        assertEquals(ExecutionPhase.EXECUTING, store.find(job.jobId()).orElseThrow().phase());
        release.countDown();
        assertEquals(ExecutionPhase.COMPLETED, awaitPhase(job.jobId(), ExecutionPhase.COMPLETED));
    }

    @Test
    void tickRecoversFromARestartAndDestroysExpiredJobs() throws Exception {
        JobRunner runner = new JobRunner(store, (job, resultDir, c) -> List.of(), threads, 1, dir);
        Job interrupted = job();
        store.changePhase(interrupted.jobId(), ExecutionPhase.PENDING, ExecutionPhase.EXECUTING);
        Job waiting = job();
        store.changePhase(waiting.jobId(), ExecutionPhase.PENDING, ExecutionPhase.QUEUED);
        Job expired = store.create(new NewJob(null, null, 60, Instant.now().minusSeconds(1), List.of()));
        Files.createDirectories(runner.resultDir(expired.jobId()));
        Files.createDirectories(runner.inputDir(expired.jobId()));
        runner.tick(Instant.now());
        assertEquals(ExecutionPhase.ERROR, store.find(interrupted.jobId()).orElseThrow().phase());
        assertTrue(store.find(interrupted.jobId()).orElseThrow().error().message().contains("restarted"));
        assertEquals(ExecutionPhase.COMPLETED, awaitPhase(waiting.jobId(), ExecutionPhase.COMPLETED));
        assertTrue(store.find(expired.jobId()).isEmpty());
        assertFalse(Files.exists(runner.jobDir(expired.jobId())), "a destroyed job leaves no files");
    }
}
