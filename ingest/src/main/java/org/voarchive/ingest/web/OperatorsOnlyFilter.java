package org.voarchive.ingest.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.voarchive.server.access.Caller;
import org.voarchive.server.auth.Challenges;

/**
 * Lets only operators reach the {@link OperatorsOnly} resources: an anonymous caller is asked to log in
 * (401 with a Basic and a Bearer challenge), an authenticated one who does not operate the archive is
 * refused (403), each with a JSON reason as the rest of the view answers. Runs after authentication
 * ({@link org.voarchive.server.auth.AuthenticationFilter}) has set the request's security context.
 */
@Provider
@OperatorsOnly
@Priority(Priorities.AUTHORIZATION)
public class OperatorsOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = Caller.of(request.getSecurityContext());
        if (caller.anonymous()) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED,
                    "the operators' view needs an operator account: log in with a password or a token")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + Challenges.REALM + "\", charset=\"UTF-8\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + Challenges.REALM + "\"")
                    .build());
        } else if (!caller.operator()) {
            request.abortWith(refusal(Response.Status.FORBIDDEN,
                    "the operators' view is for operators; account " + caller.name() + " is not one").build());
        }
    }

    private static Response.ResponseBuilder refusal(Response.Status status, String message) {
        return Response.status(status).type(Answers.JSON)
                .entity(OpsJson.error(status.getStatusCode(), status.getReasonPhrase(), message).toString());
    }
}
