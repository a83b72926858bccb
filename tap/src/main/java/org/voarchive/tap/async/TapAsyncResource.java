package org.voarchive.tap.async;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.DaliError;
import org.voarchive.server.uws.Job;
import org.voarchive.server.uws.JobRunner;
import org.voarchive.server.uws.UwsResource;
import org.voarchive.tap.upload.MultipartForm;
import org.voarchive.tap.upload.UploadSpec;

/** {@code /tap/async}: the UWS job list of TAP queries. */
@Path("tap/async")
public class TapAsyncResource extends UwsResource {

    /** What an inline upload's part may be called: it becomes a file name. */
    static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

    @Inject
    TapJobs jobs;

    /**
     * A job with inline uploads: the file parts that UPLOAD names are kept with the job, so that it reads
     * them when it runs, however much later.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createWithUploads(FormDataMultiPart multipart) throws IOException {
        MultipartForm form = MultipartForm.of(multipart);
        DaliParameters p = request(form.fields());
        List<UploadSpec> inline = UploadSpec.parse(p.list("UPLOAD")).stream().filter(UploadSpec::inline).toList();
        for (UploadSpec upload : inline) {
            if (!PART.matcher(upload.part()).matches()) {
                throw new DaliException("UPLOAD part names may use letters, digits, '.', '_' and '-' only, not '"
                        + upload.part() + "'");
            }
            if (!form.files().containsKey(upload.part())) {
                throw new DaliException("UPLOAD names the part '" + upload.part() + "', but the request has no such part");
            }
        }
        Job job = newJob(p);
        java.nio.file.Path inputs = runner().inputDir(job.jobId());
        Files.createDirectories(inputs);
        for (UploadSpec upload : inline) {
            try (InputStream in = form.files().get(upload.part()).getValueAs(InputStream.class)) {
                Files.copy(in, inputs.resolve(upload.part()));
            }
        }
        return created(job, p);
    }

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
