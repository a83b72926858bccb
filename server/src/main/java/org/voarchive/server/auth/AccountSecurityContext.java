package org.voarchive.server.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.voarchive.server.access.Caller;

/** The security context of a request whose credentials were verified. */
final class AccountSecurityContext implements SecurityContext {

    private final Account account;
    private final boolean secure;
    private final String scheme;

    AccountSecurityContext(Account account, boolean secure, String scheme) {
        this.account = account;
        this.secure = secure;
        this.scheme = scheme;
    }

    @Override
    public Principal getUserPrincipal() {
        return account::name;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Caller.OPERATOR_ROLE.equals(role) && account.operator();
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
