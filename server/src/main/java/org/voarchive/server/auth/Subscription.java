package org.voarchive.server.auth;

import java.net.URI;
import java.time.Instant;

/**
 * A request to be told when new data of a programme is published.
 *
 * @param webhook where to POST a JSON notice, or null
 * @param email   where to mail a notice, or null
 */
public record Subscription(String id, String user, String progId, URI webhook, String email, Instant created) {
}
