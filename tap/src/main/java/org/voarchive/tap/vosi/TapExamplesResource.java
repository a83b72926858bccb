package org.voarchive.tap.vosi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;

/** {@code /tap/examples}: DALI examples, working queries for this archive's holdings. */
@Path("tap/examples")
public class TapExamplesResource {

    static final String DOCUMENT = "examples.xhtml";

    @GET
    @Produces("application/xhtml+xml;charset=utf-8")
    public StreamingOutput examples() {
        return out -> {
            try (InputStream in = TapExamplesResource.class.getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IOException("the examples document is missing from the application");
                }
                in.transferTo(out);
            }
        };
    }
}
