package org.voarchive.server.dali;

/**
 * A request the service cannot answer because of what the client sent (a missing or malformed
 * parameter, an invalid query). Answered as a DALI error VOTable with HTTP 400; the message is for the
 * user and says what was wrong and, where it can, where.
 */
public class DaliException extends RuntimeException {

    public DaliException(String message) {
        super(message);
    }

    public DaliException(String message, Throwable cause) {
        super(message, cause);
    }
}
