package org.voarchive.server.vosi;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.voarchive.server.web.PublicUrl;

/** The archive-wide VOSI endpoints: {@code /capabilities} and {@code /availability}. */
@Path("")
public class VosiResource {

    @Inject
    CapabilityRegistry registry;

    @Inject
    AvailabilityService availability;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Path("capabilities")
    @Produces("application/xml")
    public StreamingOutput capabilities(@Context UriInfo uri) {
        var capabilities = registry.all();
        var base = publicUrl.base(uri);
        return out -> CapabilitiesDocument.write(capabilities, base, out);
    }

    @GET
    @Path("availability")
    @Produces("application/xml")
    public StreamingOutput availability() {
        var now = availability.check();
        return out -> AvailabilityDocument.write(now, out);
    }
}
