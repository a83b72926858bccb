package org.voarchive.server.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.voarchive.server.dali.DaliError;
import org.voarchive.server.dali.DaliException;

/** A client's error in a DALI request: HTTP 400 with a DALI error VOTable that says what was wrong. */
@Provider
public class DaliErrorMapper implements ExceptionMapper<DaliException> {

    @Override
    public Response toResponse(DaliException e) {
        String message = e.getMessage();
        StreamingOutput body = out -> DaliError.write(message, out);
        return Response.status(Response.Status.BAD_REQUEST).type(DaliError.MIME_TYPE).entity(body).build();
    }
}
