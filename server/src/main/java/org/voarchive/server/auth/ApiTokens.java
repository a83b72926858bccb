package org.voarchive.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 32 random bytes behind a recognisable prefix (so a token pasted as a Basic password is
 * told from a password, and secret scanners can spot a leaked one). Only the SHA-256 digest of a token
 * is stored; a token has enough entropy that an unsalted fast digest cannot be reversed.
 */
public final class ApiTokens {

    /** What every token starts with. */
    public static final String PREFIX = "voa_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;

    private ApiTokens() {
    }

    /** A new token. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a secret has the shape of a token (it may still be unknown). */
    public static boolean looksLikeToken(String secret) {
        return secret != null && secret.length() == LENGTH && secret.startsWith(PREFIX)
                && secret.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+");
    }

    /** The lower-case hex SHA-256 of a token, as stored. */
    public static String digest(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
