package org.voarchive.server.auth;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.voarchive.server.access.Caller;

/** {@code /auth/whoami}: the account the request's credentials name, so a client can check them. */
@Path("auth/whoami")
public class WhoAmIResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject whoami(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "whoami");
        return Json.createObjectBuilder()
                .add("name", caller.name())
                .add("operator", caller.operator())
                .add("scheme", security.getAuthenticationScheme())
                .build();
    }
}
