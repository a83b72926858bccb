package org.voarchive.server.auth;

/**
 * A token just issued: the only moment its secret is known, since only a digest is stored.
 *
 * @param token the secret to present as a Bearer token or a Basic password
 */
public record IssuedToken(String token, TokenInfo info) {

    @Override
    public String toString() {
        return "IssuedToken[" + info + "]";
    }
}
