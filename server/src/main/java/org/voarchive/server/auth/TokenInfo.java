package org.voarchive.server.auth;

import java.time.Instant;

/**
 * What is known of an API token after it was issued (never the token itself).
 *
 * @param id      the token's identifier, for revoking it
 * @param label   what the owner called it, or null
 * @param created when it was issued
 * @param expires when it stops working
 * @param revoked when it was revoked, or null
 */
public record TokenInfo(String id, String user, String label, Instant created, Instant expires, Instant revoked) {

    /** Whether the token still authenticates at {@code now}. */
    public boolean active(Instant now) {
        return revoked == null && expires.isAfter(now);
    }
}
