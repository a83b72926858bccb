package org.voarchive.datalink.soda;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a SODA fault as the standard asks: a text/plain document beginning with the fault's label,
 * or, when the cutout would be empty, 204 No Content with no body at all.
 */
@Provider
public class SodaExceptionMapper implements ExceptionMapper<SodaException> {

    @Override
    public Response toResponse(SodaException e) {
        SodaFault fault = e.fault();
        if (fault == SodaFault.NO_OVERLAP) {
            return Response.noContent().build();
        }
        return Response.status(fault.status())
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(fault.label() + ": " + e.getMessage() + "\n")
                .build();
    }
}
