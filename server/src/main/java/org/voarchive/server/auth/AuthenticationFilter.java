package org.voarchive.server.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voarchive.server.dali.DaliEndpoint;

/**
 * Authenticates every request that reaches a resource. Without an {@code Authorization} header the
 * request stays anonymous and everything public answers as before. With one, the credentials must
 * hold: Basic with the account's password or one of its API tokens, or Bearer with an API token;
 * anything else (unreadable header, wrong password, unknown, expired or revoked token, disabled account)
 * is answered 401 with the challenges, never served anonymously, so a client with a typo in its
 * credentials learns of it instead of silently seeing only public data.
 *
 * <p>A Basic secret shaped like an API token is taken as one, and must belong to the user named with it.
 * A bearer token not shaped like the archive's ({@link ApiTokens}) is left to the resource: the ingest
 * stream's push has a token of its own.
 *
 * <p>DAL endpoints (TAP, SSA, SIA, DataLink) answer the 401 with a DALI error document, the rest with
 * plain text.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    /** The authentication scheme of a request that brought the account's password. */
    public static final String PASSWORD_SCHEME = jakarta.ws.rs.core.SecurityContext.BASIC_AUTH;

    /** The authentication scheme of a request that brought an API token (as Bearer or as the Basic password). */
    public static final String TOKEN_SCHEME = "TOKEN";

    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

    @Inject
    CredentialStore store;

    /** For CDI. */
    protected AuthenticationFilter() {
    }

    public AuthenticationFilter(CredentialStore store) {
        this.store = store;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Credentials> credentials;
        try {
            credentials = Credentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (MalformedCredentialsException e) {
            reject(request, e.getMessage());
            return;
        }
        if (credentials.isEmpty() || foreignBearer(credentials.get())) {
            return;
        }
        Optional<Account> account;
        String scheme;
        try {
            if (credentials.get() instanceof Credentials.Basic basic) {
                boolean token = ApiTokens.looksLikeToken(basic.secret());
                account = token ? store.resolveToken(basic.secret()).filter(a -> a.name().equals(basic.user()))
                        : store.verifyPassword(basic.user(), basic.secret());
                scheme = token ? TOKEN_SCHEME : PASSWORD_SCHEME;
            } else {
                account = store.resolveToken(((Credentials.Bearer) credentials.get()).token());
                scheme = TOKEN_SCHEME;
            }
        } catch (RuntimeException e) {
            // the store is down: say so without guessing the caller, and without a stack trace
            LOG.log(Level.WARNING, "cannot check credentials", e);
            request.abortWith(jakarta.ws.rs.core.Response.status(503)
                    .type("text/plain;charset=utf-8")
                    .entity("503 Service Unavailable: credentials cannot be checked at the moment\n").build());
            return;
        }
        if (account.isEmpty()) {
            reject(request, "the credentials were not accepted (unknown account, wrong password, "
                    + "or an expired or revoked token)");
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new AccountSecurityContext(account.get(), secure, scheme));
    }

    /**
     * A bearer token not shaped like the archive's is not the archive's to judge: a resource with a scheme
     * of its own (the ingest stream's push token) checks it, and everywhere else the request is anonymous.
     */
    private static boolean foreignBearer(Credentials credentials) {
        return credentials instanceof Credentials.Bearer bearer && !ApiTokens.looksLikeToken(bearer.token());
    }

    private static void reject(ContainerRequestContext request, String message) {
        // TAP's endpoints are not DaliEndpoints (they take multipart uploads too) but are DAL services alike
        boolean dali = request.getUriInfo().getMatchedResources().stream().anyMatch(r -> r instanceof DaliEndpoint)
                || request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("tap/");
        request.abortWith(Challenges.unauthorized(message, dali));
    }
}
