package org.voarchive.server.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The caller of one request: an account name, or anonymous. What the caller may see is not decided
 * here but in the database, which receives {@link #name()} with every user query.
 *
 * @param name     the account name, or {@code null} for an anonymous caller
 * @param operator whether the account operates the archive (sees every row and the ingest pages)
 */
public record Caller(String name, boolean operator) {

    /** The security role an operator's requests carry. */
    public static final String OPERATOR_ROLE = "operator";

    public static final Caller ANONYMOUS = new Caller(null, false);

    public Caller {
        if (name == null && operator) {
            throw new IllegalArgumentException("an anonymous caller cannot be an operator");
        }
    }

    /** The caller as the request's authentication left it; anonymous when nothing was authenticated. */
    public static Caller of(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isEmpty()) {
            return ANONYMOUS;
        }
        return new Caller(principal.getName(), security.isUserInRole(OPERATOR_ROLE));
    }

    public boolean anonymous() {
        return name == null;
    }
}
