package org.voarchive.tap.sync;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.voarchive.db.query.JdbcResultCursor;
import org.voarchive.db.query.QueryFailedException;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.tap.query.TapQueryService;
import org.voarchive.tap.query.TapRequest;
import org.voarchive.tap.upload.MultipartForm;
import org.voarchive.tap.upload.UploadParts;

/**
 * {@code /tap/sync}, GET or POST (form or multipart, with uploads). The query is translated and started before the response begins, so
 * that every error in it is answered as a DALI error document with status 400; then rows stream.
 */
@Path("tap/sync")
public class TapSyncResource {

    @Inject
    TapQueryService queries;

    @Inject
    ArchiveConfig config;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    public Response get() {
        return answer(DaliParameters.of(uri.getQueryParameters()), UploadParts.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form) {
        return answer(DaliParameters.of(uri.getQueryParameters(), form), UploadParts.NONE);
    }

    /** A query with inline uploads: parameters and tables as parts of one request. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response multipart(FormDataMultiPart multipart) {
        MultipartForm form = MultipartForm.of(multipart);
        return answer(DaliParameters.of(uri.getQueryParameters(), form.fields()), form.parts());
    }

    private Response answer(DaliParameters parameters, UploadParts parts) {
        TapRequest request = TapRequest.from(parameters, config.maxrecDefault(), config.maxrecHard());
        JdbcResultCursor cursor;
        try {
            cursor = queries.open(request, config.syncTimeout(), parts, Caller.of(security));
        } catch (QueryFailedException e) {
            throw new DaliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new DaliException("an upload could not be read: " + e.getMessage(), e);
        }
        StreamingOutput body = out -> {
            try (cursor) {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                request.format().writer().write(cursor, buffered);
                buffered.flush();
            }
        };
        return Response.ok(body, request.format().mimeType()).build();
    }
}
