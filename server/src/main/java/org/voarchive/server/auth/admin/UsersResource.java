package org.voarchive.server.auth.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.AccountDirectory;
import org.voarchive.server.auth.JsonApi;
import org.voarchive.server.auth.OperatorsOnly;
import org.voarchive.server.auth.ProgramGrants;

/**
 * {@code /admin/users}: list and create accounts; {@code /admin/users/{name}}: read (with the
 * programmes the account holds), change (password, email, operator, disabled) and delete one.
 */
@Path("admin/users")
@OperatorsOnly
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    AccountDirectory accounts;

    @Inject
    ProgramGrants grants;

    @GET
    public String list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        accounts.list().forEach(a -> list.add(AdminJson.account(a)));
        return Json.createObjectBuilder().add("users", list).build().toString();
    }

    /** {@code {"name": "alice", "password": "...", "email": "...", "operator": false}}; 201. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        JsonObject o = JsonApi.object(body, Set.of("name", "password", "email", "operator"));
        String name = JsonApi.requiredString(o, "name");
        accounts.create(name, JsonApi.string(o, "password").orElse(null), JsonApi.string(o, "email").orElse(null),
                JsonApi.bool(o, "operator").orElse(false));
        return Response.status(Response.Status.CREATED).entity(one(name)).build();
    }

    @GET
    @Path("{name}")
    public String read(@PathParam("name") String name) {
        return one(name);
    }

    /** Any of {@code password}, {@code email}, {@code operator}, {@code disabled}. */
    @PATCH
    @Path("{name}")
    @Consumes(MediaType.WILDCARD)
    public String change(@PathParam("name") String name, String body) {
        JsonObject o = JsonApi.object(body, Set.of("password", "email", "operator", "disabled"));
        if (o.isEmpty()) {
            throw new AccessRequestException("nothing to change: give password, email, operator or disabled");
        }
        if (accounts.find(name).isEmpty()) {
            throw new AccessRequestException("no account " + name, true);
        }
        JsonApi.string(o, "password").ifPresent(p -> accounts.setPassword(name, p));
        if (o.containsKey("email")) {
            accounts.setEmail(name, JsonApi.string(o, "email").orElse(null));
        }
        JsonApi.bool(o, "operator").ifPresent(b -> accounts.setOperator(name, b));
        JsonApi.bool(o, "disabled").ifPresent(b -> accounts.setDisabled(name, b));
        return one(name);
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        accounts.delete(name);
        return Response.noContent().build();
    }

    private String one(String name) {
        var account = accounts.find(name).orElseThrow(() -> new AccessRequestException("no account " + name, true));
        JsonArrayBuilder programs = Json.createArrayBuilder();
        grants.programsOf(name).forEach(programs::add);
        return Json.createObjectBuilder(AdminJson.account(account)).add("programs", programs).build().toString();
    }
}
