package org.voarchive.server.auth;

import java.util.List;

/**
 * An account, token or grant request that cannot be carried out as asked: the client's error, answered
 * by the JSON APIs with its HTTP status and the message ({@link AccessRequestMapper}).
 */
public class AccessRequestException extends RuntimeException {

    private final int status;

    /** A malformed request: 400. */
    public AccessRequestException(String message) {
        this(400, message);
    }

    /** A request about something that does not exist ({@code notFound}: 404), or a malformed one (400). */
    public AccessRequestException(String message, boolean notFound) {
        this(notFound ? 404 : 400, message);
    }

    public AccessRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** Whether the answer carries the challenges: the request needs credentials it did not bring. */
    List<String> challenges() {
        return status == 401 ? List.of(Challenges.offered()) : List.of();
    }
}
