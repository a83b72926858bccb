package org.voarchive.server.dali;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.voarchive.server.access.Caller;

/**
 * A DALI service endpoint: GET with query parameters and POST with a form answer the same, as DALI
 * requires, so a resource only says what it answers for the merged parameters.
 */
public abstract class DaliEndpoint {

    @Context
    protected UriInfo uri;

    @Context
    protected SecurityContext security;

    @GET
    public Response get() {
        return answer(DaliParameters.of(uri.getQueryParameters()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form) {
        return answer(DaliParameters.of(uri.getQueryParameters(), form));
    }

    /** Who asks: what the answer may include depends on it. */
    protected Caller caller() {
        return Caller.of(security);
    }

    /** The answer to the request's parameters (query string and form together). */
    protected abstract Response answer(DaliParameters parameters);
}
