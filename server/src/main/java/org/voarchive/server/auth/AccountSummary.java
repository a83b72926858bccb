package org.voarchive.server.auth;

import java.time.Instant;

/**
 * An account as the operators' list shows it (never its password hash).
 *
 * @param hasPassword whether it can log in with a password (otherwise with tokens only)
 */
public record AccountSummary(String name, String email, boolean operator, boolean disabled, boolean hasPassword,
        Instant created) {
}
