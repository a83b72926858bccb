package org.voarchive.server.auth;

/** An {@code Authorization} header that cannot be read; the message says why, for the client. */
public class MalformedCredentialsException extends RuntimeException {

    public MalformedCredentialsException(String message) {
        super(message);
    }
}
