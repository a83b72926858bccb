package org.voarchive.server.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers the errors JAX-RS raises (unknown path, wrong method, unacceptable media type) and the ones
 * resources raise ("no table x") with their status and a one-line plain-text reason, instead of the
 * container's HTML page.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String reason = original.getStatusInfo().getReasonPhrase();
        // JAX-RS's own messages are "HTTP 404 Not Found"; ours say what was not found
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? "" : ": " + e.getMessage();
        Response.ResponseBuilder answer = Response.fromResponse(original)
                .entity(status + " " + reason + message + "\n")
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"));
        return answer.build();
    }
}
