package org.voarchive.server.uws;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A UWS job as stored: a snapshot, never updated in place.
 *
 * @param jobId the identifier, unique and unguessable
 * @param runId the client's label, or null
 * @param ownerId who created it, or null for anonymous
 * @param phase where it is
 * @param quote when it is expected to finish, or null when unknown
 * @param creationTime when it was created
 * @param startTime when it started executing, or null
 * @param endTime when it ended, or null
 * @param executionDuration how many seconds it may run; 0 for no limit
 * @param destruction when it and its results will be deleted
 * @param parameters its parameters, in the order given
 * @param results its results, empty unless completed
 * @param error why it failed, or null
 */
public record Job(String jobId, String runId, String ownerId, ExecutionPhase phase, Instant quote,
        Instant creationTime, Instant startTime, Instant endTime, int executionDuration, Instant destruction,
        List<JobParameter> parameters, List<JobResult> results, JobError error) {

    public Job {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(destruction, "destruction");
        parameters = List.copyOf(parameters);
        results = List.copyOf(results);
    }

    /** The value of a parameter, matched case-insensitively as DALI names are; the first if repeated. */
    public Optional<String> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(JobParameter::value).findFirst();
    }
}
