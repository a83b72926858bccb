package org.voarchive.server.auth;

/**
 * An account, token or grant request that cannot be carried out as asked (an invalid or taken name, an
 * unknown account): the client's error, answered 400 (404 when {@link #notFound()}) with the message.
 */
public class AccessRequestException extends RuntimeException {

    private final boolean notFound;

    public AccessRequestException(String message) {
        this(message, false);
    }

    public AccessRequestException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    public boolean notFound() {
        return notFound;
    }
}
