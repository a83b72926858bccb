package org.voarchive.server.uws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link JobStore} in memory, for tests of what uses one; its compare-and-set is synchronized. */
public final class MemoryJobStore implements JobStore {

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Override
    public synchronized Job create(NewJob n) {
        Job job = new Job(UUID.randomUUID().toString().substring(0, 8), n.runId(), n.ownerId(), ExecutionPhase.PENDING,
                null, Instant.now(), null, null, n.executionDuration(), n.destruction(), n.parameters(), List.of(), null);
        jobs.put(job.jobId(), job);
        return job;
    }

    @Override
    public synchronized Optional<Job> find(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    @Override
    public synchronized List<Job> list(JobFilter filter) {
        List<Job> found = new ArrayList<>(jobs.values().stream()
                .filter(j -> java.util.Objects.equals(j.ownerId(), filter.ownerId()))
                .filter(j -> filter.phases().isEmpty() ? j.phase() != ExecutionPhase.ARCHIVED : filter.phases().contains(j.phase()))
                .filter(j -> filter.after() == null || j.creationTime().isAfter(filter.after()))
                .sorted(Comparator.comparing(Job::creationTime)).toList());
        if (filter.last() != null) {
            java.util.Collections.reverse(found);
            return found.subList(0, Math.min(filter.last(), found.size()));
        }
        return found;
    }

    private boolean replace(String id, ExecutionPhase from, java.util.function.UnaryOperator<Job> change) {
        Job job = jobs.get(id);
        if (job == null || from != null && job.phase() != from) {
            return false;
        }
        jobs.put(id, change.apply(job));
        return true;
    }

    private static Job with(Job j, ExecutionPhase phase, Instant start, Instant end, int duration, Instant destruction,
            List<JobParameter> parameters, List<JobResult> results, JobError error) {
        return new Job(j.jobId(), j.runId(), j.ownerId(), phase, j.quote(), j.creationTime(), start, end, duration,
                destruction, parameters, results, error);
    }

    @Override
    public synchronized boolean changePhase(String jobId, ExecutionPhase from, ExecutionPhase to) {
        return replace(jobId, from, j -> with(j, to, to == ExecutionPhase.EXECUTING ? Instant.now() : j.startTime(),
                to.isFinal() ? Instant.now() : j.endTime(), j.executionDuration(), j.destruction(), j.parameters(),
                j.results(), j.error()));
    }

    @Override
    public synchronized boolean complete(String jobId, List<JobResult> results) {
        return replace(jobId, ExecutionPhase.EXECUTING, j -> with(j, ExecutionPhase.COMPLETED, j.startTime(),
                Instant.now(), j.executionDuration(), j.destruction(), j.parameters(), results, null));
    }

    @Override
    public synchronized boolean fail(String jobId, ExecutionPhase from, JobError error) {
        return replace(jobId, from, j -> with(j, ExecutionPhase.ERROR, j.startTime(), Instant.now(),
                j.executionDuration(), j.destruction(), j.parameters(), j.results(), error));
    }

    @Override
    public synchronized boolean setParameters(String jobId, List<JobParameter> parameters) {
        return replace(jobId, ExecutionPhase.PENDING, j -> {
            List<JobParameter> all = new ArrayList<>(j.parameters());
            all.removeIf(p -> parameters.stream().anyMatch(n -> n.name().equalsIgnoreCase(p.name())));
            all.addAll(parameters);
            return with(j, j.phase(), j.startTime(), j.endTime(), j.executionDuration(), j.destruction(), all,
                    j.results(), j.error());
        });
    }

    @Override
    public synchronized boolean setExecutionDuration(String jobId, int seconds) {
        return replace(jobId, ExecutionPhase.PENDING, j -> with(j, j.phase(), j.startTime(), j.endTime(), seconds,
                j.destruction(), j.parameters(), j.results(), j.error()));
    }

    @Override
    public synchronized boolean setDestruction(String jobId, Instant destruction) {
        return replace(jobId, null, j -> with(j, j.phase(), j.startTime(), j.endTime(), j.executionDuration(),
                destruction, j.parameters(), j.results(), j.error()));
    }

    @Override
    public synchronized boolean delete(String jobId) {
        return jobs.remove(jobId) != null;
    }

    @Override
    public synchronized List<String> expired(Instant now) {
        return jobs.values().stream().filter(j -> !j.destruction().isAfter(now)).map(Job::jobId).toList();
    }

    @Override
    public synchronized List<String> queued() {
        return jobs.values().stream().filter(j -> j.phase() == ExecutionPhase.QUEUED).map(Job::jobId).toList();
    }

    @Override
    public synchronized int failExecuting(String reason) {
        List<String> ids = jobs.values().stream().filter(j -> j.phase() == ExecutionPhase.EXECUTING).map(Job::jobId).toList();
        ids.forEach(id -> fail(id, ExecutionPhase.EXECUTING, new JobError(false, reason)));
        return ids.size();
    }
}
