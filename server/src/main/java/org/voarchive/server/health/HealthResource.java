package org.voarchive.server.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.voarchive.server.vosi.Availability;
import org.voarchive.server.vosi.AvailabilityService;

/** {@code GET /health}: the same checks as VOSI availability, as JSON with an HTTP status to match. */
@Path("health")
public class HealthResource {

    @Inject
    AvailabilityService availability;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Availability now = availability.check();
        return Response.status(now.available() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(toJson(now).toString())
                .build();
    }

    static JsonObject toJson(Availability now) {
        JsonArrayBuilder notes = Json.createArrayBuilder();
        now.notes().forEach(notes::add);
        return Json.createObjectBuilder()
                .add("status", now.available() ? "UP" : "DOWN")
                .add("checks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "archive")
                        .add("status", now.available() ? "UP" : "DOWN")
                        .add("data", Json.createObjectBuilder()
                                .add("upSince", now.upSince().toString())
                                .add("notes", notes))))
                .build();
    }
}
