package org.voarchive.server.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a list answer continues: the original arguments, the offset of the next record, and a snapshot of
 * the record list it was cut from, so that a token handed out before the records changed is refused
 * ({@code badResumptionToken}) rather than silently skipping or repeating records. Tokens are opaque to
 * clients and carry all their state: no server memory, no expiry to manage.
 *
 * @param metadataPrefix the format
 * @param from the from argument, or empty
 * @param until the until argument, or empty
 * @param set the set argument, or empty
 * @param offset how many records the earlier answers held
 * @param snapshot {@link OaiRepository#snapshot()} when the list began
 */
record ResumptionToken(String metadataPrefix, String from, String until, String set, int offset, String snapshot) {

    private static final String VERSION = "1";

    String encode() {
        String plain = String.join("\n", VERSION, metadataPrefix, from, until, set, Integer.toString(offset), snapshot);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token.
     *
     * @throws OaiException {@code badResumptionToken} when it is not one this repository handed out
     */
    static ResumptionToken decode(String token) throws OaiException {
        try {
            String[] f = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            if (f.length == 7 && f[0].equals(VERSION)) {
                int offset = Integer.parseInt(f[5]);
                if (offset > 0) {
                    return new ResumptionToken(f[1], f[2], f[3], f[4], offset, f[6]);
                }
            }
        } catch (IllegalArgumentException e) {
            // a token that is not Base64 or holds no number is as bad as any other
        }
        throw new OaiException(OaiError.badResumptionToken, "not a resumption token of this repository: " + token);
    }
}
