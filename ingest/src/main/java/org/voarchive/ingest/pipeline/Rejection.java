package org.voarchive.ingest.pipeline;

/** A frame that cannot go on, with a machine-readable code (MISSING_KEYWORD, WRONG_TYPE, ...) for the quarantine. */
public final class Rejection extends Exception {

    private final String code;

    public Rejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
