package org.voarchive.server.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: an exception no resource expected. The full trace goes to the server log
 * under an incident number; the client gets that number and nothing of the server's internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Response.serverError()
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity("The archive could not answer this request (incident " + incident
                        + "). The operators can find the cause in the server log.\n")
                .build();
    }
}
