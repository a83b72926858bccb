package org.voarchive.server.uws;

/** A job that cannot succeed, with the reason for the user; it ends in ERROR. */
public class JobFailedException extends Exception {

    private final boolean fatal;

    /**
     * @param fatal true when running it again would fail the same way (a bad query)
     * @param message what went wrong, for the user
     */
    public JobFailedException(boolean fatal, String message, Throwable cause) {
        super(message, cause);
        this.fatal = fatal;
    }

    public JobError toError() {
        return new JobError(fatal, getMessage());
    }
}
