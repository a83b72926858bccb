package org.voarchive.db.uws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.uws.ExecutionPhase;
import org.voarchive.server.uws.Job;
import org.voarchive.server.uws.JobError;
import org.voarchive.server.uws.JobFilter;
import org.voarchive.server.uws.JobParameter;
import org.voarchive.server.uws.JobResult;
import org.voarchive.server.uws.NewJob;

class JdbcJobStoreIT {

    private static TestDatabase db;
    private static JdbcJobStore store;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.migrated();
        store = new JdbcJobStore(db.dataSource());
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static Job newJob(String runId, String owner) {
        return store.create(new NewJob(runId, owner, 600, Instant.now().plus(7, ChronoUnit.DAYS),
                List.of(new JobParameter("LANG", "ADQL"), new JobParameter("QUERY", "SELECT 1"))));
    }

    @Test
    void aNewJobIsPendingWithItsParameters() {
        Job job = newJob("run-1", null);
        assertEquals(ExecutionPhase.PENDING, job.phase());
        assertEquals(16, job.jobId().length());
        assertEquals("SELECT 1", job.parameter("query").orElseThrow());
        assertNull(job.startTime());
        assertEquals(job, store.find(job.jobId()).orElseThrow());
        assertTrue(store.find("nosuchjob").isEmpty());
    }

    @Test
    void phasesChangeOnlyFromTheExpectedPhase() {
        Job job = newJob(null, null);
        assertFalse(store.changePhase(job.jobId(), ExecutionPhase.QUEUED, ExecutionPhase.EXECUTING));
        assertTrue(store.changePhase(job.jobId(), ExecutionPhase.PENDING, ExecutionPhase.QUEUED));
        assertTrue(store.changePhase(job.jobId(), ExecutionPhase.QUEUED, ExecutionPhase.EXECUTING));
        assertNotNull(store.find(job.jobId()).orElseThrow().startTime());
        assertFalse(store.setParameters(job.jobId(), List.of(new JobParameter("MAXREC", "10"))),
                "parameters are fixed once the job left PENDING");
        assertTrue(store.complete(job.jobId(), List.of(new JobResult("result", 42, "text/csv"))));
        assertFalse(store.fail(job.jobId(), ExecutionPhase.EXECUTING, new JobError(true, "too late")));
        Job done = store.find(job.jobId()).orElseThrow();
        assertEquals(ExecutionPhase.COMPLETED, done.phase());
        assertEquals(List.of(new JobResult("result", 42, "text/csv")), done.results());
        assertNotNull(done.endTime());
        assertNull(done.error());
    }

    @Test
    void onlyOneOfManyConcurrentTransitionsWins() throws Exception {
        Job job = newJob(null, null);
        store.changePhase(job.jobId(), ExecutionPhase.PENDING, ExecutionPhase.QUEUED);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> store.changePhase(job.jobId(), ExecutionPhase.QUEUED, ExecutionPhase.EXECUTING));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                winners += f.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void failureCarriesItsReason() {
        Job job = newJob(null, null);
        assertTrue(store.fail(job.jobId(), ExecutionPhase.PENDING, new JobError(true, "unknown column \"x\"")));
        Job failed = store.find(job.jobId()).orElseThrow();
        assertEquals(ExecutionPhase.ERROR, failed.phase());
        assertEquals(new JobError(true, "unknown column \"x\""), failed.error());
    }

    @Test
    void parametersAreReplacedByNameWhilePending() {
        Job job = newJob(null, null);
        assertTrue(store.setParameters(job.jobId(), List.of(new JobParameter("query", "SELECT 2"),
                new JobParameter("MAXREC", "5"))));
        Job updated = store.find(job.jobId()).orElseThrow();
        assertEquals("SELECT 2", updated.parameter("QUERY").orElseThrow());
        assertEquals(3, updated.parameters().size());
        assertTrue(store.setExecutionDuration(job.jobId(), 60));
        assertEquals(60, store.find(job.jobId()).orElseThrow().executionDuration());
    }

    @Test
    void listFiltersByOwnerPhaseAfterAndLast() throws Exception {
        String owner = "owner-" + System.nanoTime();
        Job first = newJob("a", owner);
        Thread.sleep(5);
        Job second = newJob("b", owner);
        Thread.sleep(5);
        Job third = newJob("c", owner);
        store.changePhase(third.jobId(), ExecutionPhase.PENDING, ExecutionPhase.ABORTED);
        assertEquals(List.of(first.jobId(), second.jobId(), third.jobId()),
                ids(store.list(new JobFilter(Set.of(), null, null, owner))));
        assertEquals(List.of(third.jobId()), ids(store.list(new JobFilter(Set.of(ExecutionPhase.ABORTED), null, null, owner))));
        assertEquals(List.of(third.jobId(), second.jobId()), ids(store.list(new JobFilter(Set.of(), null, 2, owner))));
        assertEquals(List.of(second.jobId(), third.jobId()),
                ids(store.list(new JobFilter(Set.of(), first.creationTime(), null, owner))));
        assertTrue(store.list(new JobFilter(Set.of(), null, null, null)).stream().noneMatch(j -> owner.equals(j.ownerId())),
                "anonymous listings never show an owner's jobs");
    }

    @Test
    void expiredQueuedAndRestart() {
        Job old = store.create(new NewJob(null, null, 10, Instant.now().minusSeconds(5), List.of()));
        assertTrue(store.expired(Instant.now()).contains(old.jobId()));
        assertTrue(store.delete(old.jobId()));
        assertFalse(store.delete(old.jobId()));
        Job queued = newJob(null, null);
        store.changePhase(queued.jobId(), ExecutionPhase.PENDING, ExecutionPhase.QUEUED);
        assertTrue(store.queued().contains(queued.jobId()));
        Job running = newJob(null, null);
        store.changePhase(running.jobId(), ExecutionPhase.PENDING, ExecutionPhase.EXECUTING);
        assertTrue(store.failExecuting("the server restarted while the job ran") >= 1);
        Job ended = store.find(running.jobId()).orElseThrow();
        assertEquals(ExecutionPhase.ERROR, ended.phase());
        assertFalse(ended.error().fatal());
    }

    private static List<String> ids(List<Job> jobs) {
        return jobs.stream().map(Job::jobId).toList();
    }
}
