package org.voarchive.tap.vosi;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.voarchive.server.vosi.Availability;
import org.voarchive.server.vosi.AvailabilityDocument;
import org.voarchive.server.vosi.AvailabilityService;

/** {@code /tap/availability}: the archive's availability, which is the TAP service's. */
@Path("tap/availability")
public class TapAvailabilityResource {

    @Inject
    AvailabilityService availability;

    @GET
    @Produces("application/xml")
    public StreamingOutput availability() {
        Availability now = availability.check();
        return out -> AvailabilityDocument.write(now, out);
    }
}
