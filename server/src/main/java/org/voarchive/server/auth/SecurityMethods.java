package org.voarchive.server.auth;

import java.util.List;

/**
 * The IVOA SSO 2.0 security methods the archive accepts, as {@code securityMethod/@standardID} in VOSI
 * capabilities. An interface without a security method is anonymous.
 *
 * <p>Only HTTP Basic is listed: it covers API tokens too (a token is accepted as the Basic password), and
 * SSO 2.0 defines no identifier for plain bearer tokens ({@code ivo://ivoa.net/sso#token} comes from a
 * later draft, and taplint flags it), although the archive accepts {@code Authorization: Bearer} as well.
 */
public final class SecurityMethods {

    /** HTTP Basic authentication (a password, or an API token as the password). */
    public static final String BASIC_AA = "ivo://ivoa.net/sso#BasicAA";

    /** Every method the capabilities list, in order. */
    public static final List<String> ACCEPTED = List.of(BASIC_AA);

    private SecurityMethods() {
    }
}
