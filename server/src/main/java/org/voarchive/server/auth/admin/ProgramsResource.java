package org.voarchive.server.auth.admin;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import java.util.Optional;
import java.util.Set;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.JsonApi;
import org.voarchive.server.auth.OperatorsOnly;
import org.voarchive.server.auth.ProgramGrants;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRedated;
import org.voarchive.server.auth.Redating;
import org.voarchive.server.auth.ProgramRole;

/**
 * {@code /admin/programs/{prog}}: a programme's grants and proprietary period, whether or not the
 * archive has seen it yet. {@code POST .../grants} {@code {"user": "alice", "role": "pi"}} (or
 * {@code "group"}) grants a role; {@code DELETE .../grants/users/{name}} or {@code .../grants/groups/{name}}
 * withdraws it; {@code PUT .../period} {@code {"months": 12}} sets the period, of data to come and of data
 * already ingested (the answer says how many files and products were re-dated).
 */
@Path("admin/programs/{prog}")
@OperatorsOnly
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {

    private static final int MONTHS_MAX = 1200;

    @Inject
    ProgramGrants grants;

    @Inject
    Event<ProgramRedated> redated;

    @GET
    public String read(@PathParam("prog") String prog) {
        return AdminJson.program(grants.program(AdminJson.checkedProgId(prog))).toString();
    }

    @POST
    @Path("grants")
    @Consumes(MediaType.WILDCARD)
    public String grant(@PathParam("prog") String prog, String body) {
        AdminJson.checkedProgId(prog);
        JsonObject o = JsonApi.object(body, Set.of("user", "group", "role"));
        Optional<String> user = JsonApi.string(o, "user");
        Optional<String> group = JsonApi.string(o, "group");
        if (user.isPresent() == group.isPresent()) {
            throw new AccessRequestException("a grant names either a user or a group");
        }
        ProgramRole role = ProgramRole.of(JsonApi.requiredString(o, "role"));
        grants.grant(prog, new ProgramMember(user.orElse(null), group.orElse(null), role));
        return read(prog);
    }

    @DELETE
    @Path("grants/users/{name}")
    public String revokeUser(@PathParam("prog") String prog, @PathParam("name") String name) {
        return revoke(prog, name, null);
    }

    @DELETE
    @Path("grants/groups/{name}")
    public String revokeGroup(@PathParam("prog") String prog, @PathParam("name") String name) {
        return revoke(prog, null, name);
    }

    @PUT
    @Path("period")
    @Consumes(MediaType.WILDCARD)
    public String period(@PathParam("prog") String prog, String body) {
        AdminJson.checkedProgId(prog);
        JsonObject o = JsonApi.object(body, Set.of("months"));
        int months = JsonApi.integer(o, "months", 0, MONTHS_MAX)
                .orElseThrow(() -> new AccessRequestException("months is required"));
        Redating redating = grants.setProprietaryMonths(prog, months);
        if (!redating.products().isEmpty()) {
            redated.fire(new ProgramRedated(prog, redating.products()));
        }
        return AdminJson.redated(grants.program(prog), redating).toString();
    }

    private String revoke(String prog, String user, String group) {
        AdminJson.checkedProgId(prog);
        if (!grants.revoke(prog, user, group)) {
            throw new AccessRequestException((user != null ? user : "group " + group) + " holds no role in " + prog, true);
        }
        return read(prog);
    }
}
