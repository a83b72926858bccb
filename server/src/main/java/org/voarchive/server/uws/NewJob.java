package org.voarchive.server.uws;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a client asks for when it creates a job.
 *
 * @param runId the client's label, or null
 * @param ownerId the creator, or null for anonymous
 * @param executionDuration seconds it may run
 * @param destruction when it is to be deleted
 * @param parameters its parameters
 */
public record NewJob(String runId, String ownerId, int executionDuration, Instant destruction,
        List<JobParameter> parameters) {

    public NewJob {
        Objects.requireNonNull(destruction, "destruction");
        parameters = List.copyOf(parameters);
    }
}
