package org.voarchive.db.query;

/**
 * A user query the database refused or could not finish. The message is fit for the user: it says what
 * happened (timeout, a value out of range, a division by zero) without server internals.
 */
public class QueryFailedException extends Exception {

    private final boolean timedOut;

    QueryFailedException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** Whether the query was cancelled because it ran past its time limit. */
    public boolean timedOut() {
        return timedOut;
    }
}
