package org.voarchive.datalink.soda;

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
import org.voarchive.server.access.Caller;

/**
 * {@code /datalink/soda}: the SODA 1.0 {sync} resource. Parameters come in the query (GET) or as a
 * form (POST); the answer is the cutout as FITS, or a SODA fault (see {@link SodaExceptionMapper}).
 */
@Path("datalink/soda")
public class SodaResource {

    static final String FITS = "application/fits";

    @Inject
    CutoutService cutouts;

    @Context
    SecurityContext security;

    @GET
    public Response get(@Context UriInfo uri) {
        return answer(uri.getQueryParameters());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form) {
        return answer(form);
    }

    private Response answer(MultivaluedMap<String, String> parameters) {
        Cutout cutout = cutouts.cut(SodaParameters.parse(parameters), Caller.of(security));
        StreamingOutput body = cutout::write;
        return Response.ok(body, FITS)
                .header("Content-Disposition", "attachment; filename=\"" + cutout.fileName() + "\"")
                .build();
    }
}
