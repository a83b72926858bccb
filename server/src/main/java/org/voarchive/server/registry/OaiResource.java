package org.voarchive.server.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voarchive.server.coverage.CoverageUnavailableException;
import org.voarchive.server.web.PublicUrl;

/**
 * {@code /oai}: the OAI-PMH 2.0 base URL of the publishing registry, by GET with a query string or by POST
 * with a form, which OAI-PMH treats alike. Protocol errors are OAI-PMH documents with HTTP 200, as the
 * protocol says; only an archive that cannot read its holdings answers 503.
 */
@Path("oai")
public class OaiResource {

    static final String XML = "text/xml;charset=UTF-8";

    @Inject
    RegistryService registry;

    @Inject
    PublicUrl publicUrl;

    @GET
    public Response get(@Context UriInfo uri) {
        return answer(uri, uri.getQueryParameters());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@Context UriInfo uri, MultivaluedMap<String, String> form) {
        return answer(uri, form);
    }

    private Response answer(UriInfo uri, MultivaluedMap<String, String> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        OaiRepository repository;
        try {
            repository = registry.repository(publicUrl.base(uri));
        } catch (CoverageUnavailableException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type("text/plain;charset=UTF-8")
                    .header("Retry-After", "60")
                    .entity("The registry cannot read the holdings now: " + e.getMessage() + "\n").build();
        }
        Instant now = Instant.now();
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> new OaiResponder(repository)
                .respond(copy, now, out), XML).build();
    }
}
