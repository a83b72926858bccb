package org.voarchive.ingest.reduce;

/** A reduction that could not be done; the message says why (and, for esorex, ends with its log's tail). */
public class ReductionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReductionException(String message) {
        super(message);
    }

    public ReductionException(String message, Throwable cause) {
        super(message, cause);
    }
}
