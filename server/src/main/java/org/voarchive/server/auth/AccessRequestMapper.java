package org.voarchive.server.auth;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JSON APIs' errors: the status and {@code {"status": 400, "error": "what was wrong"}}. */
@Provider
public class AccessRequestMapper implements ExceptionMapper<AccessRequestException> {

    @Override
    public Response toResponse(AccessRequestException e) {
        Response.ResponseBuilder answer = Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("status", e.status()).add("error", e.getMessage()).build()
                        .toString());
        e.challenges().forEach(c -> answer.header(HttpHeaders.WWW_AUTHENTICATE, c));
        return answer.build();
    }
}
