package org.voarchive.tap.async;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.OutputStream;
import org.voarchive.server.dali.DaliError;
import org.voarchive.server.uws.Job;
import org.voarchive.server.uws.JobRunner;
import org.voarchive.server.uws.UwsResource;

/** {@code /tap/async}: the UWS job list of TAP queries. */
@Path("tap/async")
public class TapAsyncResource extends UwsResource {

    @Inject
    TapJobs jobs;

    @Override
    protected JobRunner runner() {
        return jobs.runner();
    }

    @Override
    protected String listPath() {
        return "tap/async/";
    }

    @Override
    protected void writeError(Job job, OutputStream out) throws IOException {
        DaliError.write(job.error().message(), out);
    }

    @Override
    protected String errorType() {
        return DaliError.MIME_TYPE;
    }
}
