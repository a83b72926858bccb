package org.voarchive.server.auth;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * What an {@code Authorization} header presents: a user and a secret (Basic, where the secret is a
 * password or an API token) or a bearer token.
 */
public sealed interface Credentials {

    /** HTTP Basic (RFC 7617): a user name and a password, or a user name and one of its API tokens. */
    record Basic(String user, String secret) implements Credentials {
        @Override
        public String toString() {
            return "Basic[" + user + "]";
        }
    }

    /** A bearer token (RFC 6750). */
    record Bearer(String token) implements Credentials {
        @Override
        public String toString() {
            return "Bearer[...]";
        }
    }

    /**
     * The credentials of a header value, or empty when there is no header.
     *
     * @throws MalformedCredentialsException when the header is there but is not Basic or Bearer as the
     *     RFCs spell them; the message says what was wrong
     */
    static Optional<Credentials> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            throw new MalformedCredentialsException("the Authorization header needs a scheme and credentials");
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String rest = value.substring(space + 1).strip();
        if (rest.isEmpty()) {
            throw new MalformedCredentialsException("the Authorization header has no credentials");
        }
        return switch (scheme) {
            case "basic" -> Optional.of(basic(rest));
            case "bearer" -> Optional.of(bearer(rest));
            default -> throw new MalformedCredentialsException(
                    "unsupported authorization scheme " + value.substring(0, space) + " (use Basic or Bearer)");
        };
    }

    private static Basic basic(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new MalformedCredentialsException("Basic credentials are not base64");
        }
        String pair;
        try {
            pair = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedCredentialsException("Basic credentials are not UTF-8");
        }
        int colon = pair.indexOf(':');
        if (colon <= 0) {
            throw new MalformedCredentialsException("Basic credentials need user:password");
        }
        return new Basic(pair.substring(0, colon), pair.substring(colon + 1));
    }

    private static Bearer bearer(String token) {
        // RFC 6750 b64token: one token, no spaces
        if (!token.matches("[A-Za-z0-9\\-._~+/]+=*")) {
            throw new MalformedCredentialsException("a bearer token is a single word of letters, digits and -._~+/");
        }
        return new Bearer(token);
    }
}
