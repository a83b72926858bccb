package org.voarchive.server.uws;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where UWS jobs live, shared by every server instance. Implementations are thread safe; every method
 * that changes a job's phase is a compare-and-set that returns false, changing nothing, when the job is
 * not (or no longer) in the expected phase or does not exist. Nothing here returns null.
 */
public interface JobStore {

    /** Stores a new job in PENDING and returns it with its identifier. */
    Job create(NewJob job);

    /** The job, or empty when there is none (or it was destroyed). */
    Optional<Job> find(String jobId);

    /** Jobs matching the filter: by creation time, oldest first, unless {@code last} asks for newest first. */
    List<Job> list(JobFilter filter);

    /**
     * Moves a job from one phase to another, recording the start time on EXECUTING and the end time on a
     * final phase.
     */
    boolean changePhase(String jobId, ExecutionPhase from, ExecutionPhase to);

    /** EXECUTING to COMPLETED with its results. */
    boolean complete(String jobId, List<JobResult> results);

    /** From the given phase to ERROR with the reason. */
    boolean fail(String jobId, ExecutionPhase from, JobError error);

    /** Adds or replaces parameters; only while the job is PENDING. */
    boolean setParameters(String jobId, List<JobParameter> parameters);

    /** Sets the execution duration in seconds; only while PENDING. */
    boolean setExecutionDuration(String jobId, int seconds);

    /** Sets the destruction time; in any phase. */
    boolean setDestruction(String jobId, Instant destruction);

    /** Deletes the job and forgets its results; false when there was none. */
    boolean delete(String jobId);

    /** Identifiers of jobs whose destruction time has passed. */
    List<String> expired(Instant now);

    /** Identifiers of QUEUED jobs, oldest first: work to (re)start. */
    List<String> queued();

    /**
     * Ends every EXECUTING job in ERROR with the reason; for start-up, when nothing can still be running.
     *
     * @return how many jobs were ended
     */
    int failExecuting(String reason);
}
