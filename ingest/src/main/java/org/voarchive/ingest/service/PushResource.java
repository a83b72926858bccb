package org.voarchive.ingest.service;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Optional;
import org.voarchive.ingest.catalog.Item;
import org.voarchive.ingest.stream.Landing;
import org.voarchive.server.config.ArchiveConfig;

/**
 * {@code PUT /ingest/stream/{name}}: the transfer stream's HTTP push. The observatory presents the
 * configured bearer token ({@code archive.ingest.push-token}); the body is the FITS file. The answer
 * says what became of it: 202 accepted for processing, 200 already in the archive (same bytes), 422
 * refused at landing (kept in quarantine with the reason). Push is off while no token is configured.
 */
@Path("ingest/stream/{name}")
public class PushResource {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}";

    @Inject
    IngestService ingest;

    @Inject
    ArchiveConfig config;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response push(@PathParam("name") String name, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         InputStream body) throws IOException, SQLException {
        Optional<String> token = config.ingestPushToken();
        if (token.isEmpty()) {
            return error(Response.Status.FORBIDDEN, "HTTP push is switched off: set archive.ingest.push-token");
        }
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !MessageDigest.isEqual(authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
                        token.get().getBytes(StandardCharsets.UTF_8))) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"voarchive-ingest\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder().add("error", "a valid bearer token is needed to push files").build().toString())
                    .build();
        }
        if (!name.matches(NAME)) {
            return error(Response.Status.BAD_REQUEST, "file name must match " + NAME);
        }
        if (ingest.engine().isEmpty()) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "the archive's database is not ready; try again later");
        }
        Landing.Result result = ingest.push(body, name);
        Response.Status status = switch (result.outcome()) {
            case ACCEPTED -> Response.Status.ACCEPTED;
            case DUPLICATE -> Response.Status.OK;
            case QUARANTINED -> Response.Status.fromStatusCode(422);
        };
        Item item = result.item();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("outcome", result.outcome().name())
                .add("item", item.id())
                .add("state", item.state())
                .add("stage", item.stage());
        if (item.arcfile() != null) {
            json.add("arcfile", item.arcfile());
        }
        if (item.reasonCode() != null) {
            json.add("reason_code", item.reasonCode()).add("reason", item.reason());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json.build().toString()).build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
