package org.voarchive.server.auth;

import java.util.List;

/**
 * The IVOA SSO security methods the archive accepts, as {@code securityMethod/@standardID} in VOSI
 * capabilities: HTTP Basic and bearer tokens. An interface without a security method is anonymous.
 */
public final class SecurityMethods {

    /** HTTP Basic authentication (password, or an API token as the password). */
    public static final String BASIC_AA = "ivo://ivoa.net/sso#BasicAA";

    /** A bearer token in the Authorization header. */
    public static final String TOKEN = "ivo://ivoa.net/sso#token";

    /** Every method the archive accepts, in the order capabilities list them. */
    public static final List<String> ACCEPTED = List.of(BASIC_AA, TOKEN);

    private SecurityMethods() {
    }
}
