package org.voarchive.ingest.rules;

/** A rule file that cannot be read or breaks the format; the message names the file and, when known, the line. */
public final class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
