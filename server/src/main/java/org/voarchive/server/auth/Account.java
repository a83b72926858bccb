package org.voarchive.server.auth;

import java.util.Objects;
import org.voarchive.server.access.Caller;

/**
 * An account whose credentials were verified.
 *
 * @param name     the account name, the request's principal
 * @param operator whether the account operates the archive
 */
public record Account(String name, boolean operator) {

    public Account {
        Objects.requireNonNull(name, "name");
    }

    public Caller caller() {
        return new Caller(name, operator);
    }
}
