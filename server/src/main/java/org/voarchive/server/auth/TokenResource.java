package org.voarchive.server.auth;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;

/**
 * {@code /auth/tokens}: a logged-in account issues, lists and revokes its own API tokens. A token is
 * issued only on a password login, so that a stolen token cannot be turned into fresh ones that outlive
 * its revocation.
 */
@Path("auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private static final int LABEL_MAX = 200;

    @Inject
    TokenStore tokens;

    @Inject
    ArchiveConfig config;

    @Context
    SecurityContext security;

    /** A new token; body (optional): {@code {"label": "laptop", "days": 30}}. Answers 201 with the secret. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response issue(String body) {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "issuing a token");
        if (!AuthenticationFilter.PASSWORD_SCHEME.equals(security.getAuthenticationScheme())) {
            throw new AccessRequestException(403, "a token is issued on a password login (HTTP Basic with the "
                    + "account's password), not on another token");
        }
        JsonObject request = JsonApi.object(body, Set.of("label", "days"));
        String label = JsonApi.string(request, "label").filter(s -> !s.isBlank()).orElse(null);
        if (label != null && label.length() > LABEL_MAX) {
            throw new AccessRequestException("label has at most " + LABEL_MAX + " characters");
        }
        int days = JsonApi.integer(request, "days", 1, config.tokenDaysMax()).orElse(config.tokenDaysDefault());
        IssuedToken issued = tokens.issue(caller.name(), label, Duration.ofDays(days));
        return Response.status(Response.Status.CREATED)
                .entity(info(issued.info()).add("token", issued.token()).build().toString())
                .build();
    }

    /** The caller's tokens, newest first; never their secrets. */
    @GET
    public String list() {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "listing tokens");
        JsonArrayBuilder list = Json.createArrayBuilder();
        tokens.list(caller.name()).forEach(t -> list.add(info(t)));
        return Json.createObjectBuilder().add("tokens", list).build().toString();
    }

    /** Revokes one of the caller's tokens: 204, or 404 when the caller has no token of that id. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "revoking a token");
        if (!tokens.revoke(caller.name(), id)) {
            throw new AccessRequestException(404, "you have no token " + id);
        }
        return Response.noContent().build();
    }

    private static JsonObjectBuilder info(TokenInfo t) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", t.id())
                .add("label", t.label() == null ? jakarta.json.JsonValue.NULL : Json.createValue(t.label()))
                .add("created", JsonApi.time(t.created()))
                .add("expires", JsonApi.time(t.expires()))
                .add("revoked", JsonApi.time(t.revoked()));
        return o.add("active", t.active(Instant.now()));
    }
}
