package org.voarchive.db.access;

/** The access tables could not be read or written (the database is down, or refused a statement). */
public class AccessStoreException extends RuntimeException {

    public AccessStoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
