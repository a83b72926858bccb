package org.voarchive.tap.async;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryFailedException;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.uws.Cancellation;
import org.voarchive.server.uws.Job;
import org.voarchive.server.uws.JobExecutor;
import org.voarchive.server.uws.JobFailedException;
import org.voarchive.server.uws.JobParameter;
import org.voarchive.server.uws.JobResult;
import org.voarchive.tap.query.TapQueryService;
import org.voarchive.tap.query.TapRequest;
import org.voarchive.tap.upload.UploadParts;

/**
 * Runs a TAP job: the same request rules as sync, a time limit of the job's execution duration, and
 * the result written to a file named {@code result}. The query runs on behalf of the job's owner (who
 * created it; anonymous when nobody), whenever it runs, also after a restart. Aborting the job cancels
 * its database statement.
 */
@ApplicationScoped
public class TapJobExecutor implements JobExecutor {

    static final String RESULT = "result";

    @Inject
    TapQueryService queries;

    @Inject
    ArchiveConfig config;

    @Override
    public List<JobResult> execute(Job job, Path resultDir, Cancellation cancellation)
            throws JobFailedException, IOException {
        TapRequest request;
        try {
            request = TapRequest.from(DaliParameters.of(parameters(job)), config.maxrecDefault(), config.maxrecHard());
        } catch (DaliException e) {
            throw new JobFailedException(true, e.getMessage(), e);
        }
        int seconds = job.executionDuration() == 0 ? config.asyncDurationHard() : job.executionDuration();
        Path inputs = resultDir.resolveSibling("inputs");
        UploadParts parts = name -> Files.isRegularFile(inputs.resolve(name))
                ? Optional.of(Files.newInputStream(inputs.resolve(name))) : Optional.empty();
        try (JdbcResultCursor cursor = open(request, Duration.ofSeconds(seconds), parts, owner(job))) {
            cancellation.onCancel(cursor::cancel);
            Path file = resultDir.resolve(RESULT);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                request.format().writer().write(cursor, out);
            }
            return List.of(new JobResult(RESULT, Files.size(file), request.format().mimeType()));
        }
    }

    /** The owner as a caller; whether it operates the archive the database decides, not this flag. */
    private static Caller owner(Job job) {
        return job.ownerId() == null ? Caller.ANONYMOUS : new Caller(job.ownerId(), false);
    }

    private JdbcResultCursor open(TapRequest request, Duration timeout, UploadParts parts, Caller caller)
            throws JobFailedException, IOException {
        try {
            return queries.open(request, timeout, parts, caller);
        } catch (DaliException | QueryFailedException e) {
            throw new JobFailedException(true, e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> parameters(Job job) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (JobParameter p : job.parameters()) {
            map.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
        }
        return map;
    }
}
