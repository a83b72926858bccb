package org.voarchive.server.coverage;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.function.Function;
import org.voarchive.server.config.ArchiveConfig;

/**
 * The coverage of the released holdings as a MOC: {@code /coverage/moc.fits} (MOC 2.0 FITS) and
 * {@code /coverage/moc.json} (MOC 2.0 JSON). The resource record's {@code vs:footprint} points here.
 */
@Path("coverage")
public class CoverageResource {

    @Inject
    CoverageService coverage;

    @Inject
    ArchiveConfig config;

    @GET
    @Path("moc.fits")
    public Response fits() {
        return answer(moc -> out -> MocFits.write(moc, config.title(), out), MocFits.MIME_TYPE,
                "attachment; filename=\"moc.fits\"");
    }

    @GET
    @Path("moc.json")
    public Response json() {
        return answer(moc -> out -> out.write(MocJson.write(moc).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                MocJson.MIME_TYPE, null);
    }

    private Response answer(Function<Moc, StreamingOutput> body, String type, String disposition) {
        Moc moc;
        try {
            moc = coverage.current().moc();
        } catch (CoverageUnavailableException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type("text/plain;charset=UTF-8")
                    .entity("The coverage cannot be computed now: " + e.getMessage() + "\n").build();
        }
        Response.ResponseBuilder r = Response.ok(body.apply(moc), type);
        return disposition == null ? r.build() : r.header("Content-Disposition", disposition).build();
    }
}
