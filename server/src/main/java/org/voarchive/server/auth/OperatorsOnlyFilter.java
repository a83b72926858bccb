package org.voarchive.server.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.voarchive.server.access.Caller;

/** Lets only operators reach {@link OperatorsOnly} resources; answers the others in JSON. */
@Provider
@OperatorsOnly
@Priority(Priorities.AUTHORIZATION)
public class OperatorsOnlyFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            Challenges.requireOperator(Caller.of(request.getSecurityContext()),
                    "/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        } catch (AccessRequestException e) {
            request.abortWith(new AccessRequestMapper().toResponse(e));
        }
    }
}
