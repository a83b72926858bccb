package org.voarchive.server.auth;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import org.voarchive.server.access.Caller;

/**
 * {@code /auth/subscriptions}: a PI or delegate asks to be told when new data of their programme is
 * published ({@code POST {"prog_id": "...", "webhook_url": "https://...", "email": "..."}}), lists and
 * removes their subscriptions.
 */
@Path("auth/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response subscribe(String body) {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "subscribing");
        JsonObject o = JsonApi.object(body, Set.of("prog_id", "webhook_url", "email"));
        String prog = JsonApi.requiredString(o, "prog_id");
        Optional<URI> webhook = JsonApi.string(o, "webhook_url").filter(s -> !s.isBlank()).map(SubscriptionResource::webhook);
        Optional<String> email = JsonApi.string(o, "email").filter(s -> !s.isBlank());
        if (webhook.isEmpty() && email.isEmpty()) {
            throw new AccessRequestException("say where to send notices: webhook_url, email or both");
        }
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+")) {
            throw new AccessRequestException("email is not an e-mail address: " + email.get());
        }
        Subscription s = subscriptions.subscribe(caller.name(), prog, webhook.orElse(null), email.orElse(null));
        return Response.status(Response.Status.CREATED).entity(json(s).toString()).build();
    }

    @GET
    public String list() {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "listing subscriptions");
        JsonArrayBuilder list = Json.createArrayBuilder();
        subscriptions.list(caller.name()).forEach(s -> list.add(json(s)));
        return Json.createObjectBuilder().add("subscriptions", list).build().toString();
    }

    @DELETE
    @Path("{id}")
    public Response unsubscribe(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        Challenges.requireLogin(caller, "unsubscribing");
        if (!subscriptions.unsubscribe(caller.name(), id)) {
            throw new AccessRequestException(404, "you have no subscription " + id);
        }
        return Response.noContent().build();
    }

    private static URI webhook(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new AccessRequestException("webhook_url must be an http or https URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AccessRequestException("webhook_url is not a URL: " + url);
        }
    }

    private static JsonObject json(Subscription s) {
        return Json.createObjectBuilder()
                .add("id", s.id())
                .add("prog_id", s.progId())
                .add("webhook_url", s.webhook() == null ? JsonValue.NULL : Json.createValue(s.webhook().toString()))
                .add("email", s.email() == null ? JsonValue.NULL : Json.createValue(s.email()))
                .add("created", JsonApi.time(s.created()))
                .build();
    }
}
