package org.voarchive.datalink.files;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.voarchive.db.files.ArchivedFile;
import org.voarchive.server.access.Caller;

/**
 * {@code /files/{ARCFILE}}: a file of the store, whatever its kind (product, raw frame, master
 * calibration, association tree), when released or when the caller is entitled to its programme. GET
 * streams it, whole or one byte range; HEAD answers the same headers without the body. A file the
 * caller may not have is not found, exactly like one that does not exist.
 */
@Path("files/{arcfile}")
public class FileResource {

    @Inject
    StoredFiles files;

    @Context
    SecurityContext security;

    @GET
    public Response get(@PathParam("arcfile") String arcfile, @HeaderParam("Range") String range,
            @Context Request request) {
        return answer(arcfile, range, request, true);
    }

    @HEAD
    public Response head(@PathParam("arcfile") String arcfile, @HeaderParam("Range") String range,
            @Context Request request) {
        return answer(arcfile, range, request, false);
    }

    private Response answer(String arcfile, String range, Request request, boolean withBody) {
        ArchivedFile file = files.find(arcfile, Caller.of(security))
                // the same words for unknown and proprietary files, so that the answer tells neither
                .orElseThrow(() -> new NotFoundException("no public file named " + arcfile + " in this archive"));
        EntityTag etag = new EntityTag(file.sha256().trim());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.ETAG, etag).header("Accept-Ranges", "bytes").build();
        }
        Optional<ByteRange> part;
        try {
            part = ByteRange.parse(range, file.size());
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header("Content-Range", "bytes */" + file.size())
                    .header("Accept-Ranges", "bytes")
                    .type("text/plain;charset=utf-8")
                    .entity("416 Range Not Satisfiable: " + arcfile + " has " + file.size() + " bytes\n").build();
        }
        long first = part.map(ByteRange::first).orElse(0L);
        long length = part.map(ByteRange::length).orElse(file.size());
        Response.ResponseBuilder answer = part.isPresent()
                ? Response.status(Response.Status.PARTIAL_CONTENT).header("Content-Range",
                        part.get().contentRange(file.size()))
                : Response.ok();
        answer.type(file.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.ETAG, etag)
                .header("Content-Disposition", "inline; filename=\"" + file.arcfile().replace("\"", "") + "\"");
        if (withBody) {
            answer.entity(new FileSlice(files.path(file), first, length));
        }
        return answer.build();
    }
}
