package org.voarchive.server.auth.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.GroupDirectory;
import org.voarchive.server.auth.JsonApi;
import org.voarchive.server.auth.OperatorsOnly;

/**
 * {@code /admin/groups}: list and create groups; {@code /admin/groups/{name}}: read and delete one;
 * {@code /admin/groups/{name}/members/{user}}: PUT adds an account, DELETE removes it.
 */
@Path("admin/groups")
@OperatorsOnly
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    GroupDirectory groups;

    @GET
    public String list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        groups.list().forEach(g -> list.add(AdminJson.group(g)));
        return Json.createObjectBuilder().add("groups", list).build().toString();
    }

    /** {@code {"name": "uves-team", "description": "..."}}; 201. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        JsonObject o = JsonApi.object(body, Set.of("name", "description"));
        String name = JsonApi.requiredString(o, "name");
        groups.create(name, JsonApi.string(o, "description").orElse(null));
        return Response.status(Response.Status.CREATED).entity(read(name)).build();
    }

    @GET
    @Path("{name}")
    public String read(@PathParam("name") String name) {
        return AdminJson.group(groups.find(name)
                .orElseThrow(() -> new AccessRequestException("no group " + name, true))).toString();
    }

    @DELETE
    @Path("{name}")
    public Response delete(@PathParam("name") String name) {
        groups.delete(name);
        return Response.noContent().build();
    }

    @PUT
    @Path("{name}/members/{user}")
    public String addMember(@PathParam("name") String name, @PathParam("user") String user) {
        groups.addMember(name, user);
        return read(name);
    }

    @DELETE
    @Path("{name}/members/{user}")
    public String removeMember(@PathParam("name") String name, @PathParam("user") String user) {
        if (!groups.removeMember(name, user)) {
            throw new AccessRequestException(user + " is not a member of " + name, true);
        }
        return read(name);
    }
}
