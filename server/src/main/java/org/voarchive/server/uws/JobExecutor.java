package org.voarchive.server.uws;

import java.nio.file.Path;
import java.util.List;

/**
 * What a service does when one of its jobs runs (for TAP: the query). Implementations are thread safe;
 * several jobs run at once.
 */
public interface JobExecutor {

    /**
     * Runs a job that is EXECUTING.
     *
     * @param job the job with its parameters
     * @param resultDir an existing, empty directory of this job's own, where result files go; a result
     *     with id {@code r} is the file {@code resultDir/r}; what the service saved with the job when it
     *     was created is in the sibling directory {@code inputs}
     * @param cancellation where to register what stops the work when the job is aborted or times out
     * @return the results written
     * @throws JobFailedException when the job cannot succeed; its message is for the user
     * @throws java.io.IOException when the results cannot be written
     */
    List<JobResult> execute(Job job, Path resultDir, Cancellation cancellation)
            throws JobFailedException, java.io.IOException;
}
