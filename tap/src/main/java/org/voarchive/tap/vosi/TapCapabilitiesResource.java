package org.voarchive.tap.vosi;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.voarchive.server.vosi.CapabilitiesDocument;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.web.PublicUrl;

/** {@code /tap/capabilities}: the TAP service's own VOSI capabilities. */
@Path("tap/capabilities")
public class TapCapabilitiesResource {

    @Inject
    TapCapabilities capabilities;

    @Inject
    PublicUrl publicUrl;

    @GET
    @Produces("application/xml")
    public StreamingOutput capabilities(@Context UriInfo uri) {
        List<Capability> listed = capabilities.ofTheService();
        URI base = publicUrl.base(uri);
        return out -> CapabilitiesDocument.write(listed, base, out);
    }
}
