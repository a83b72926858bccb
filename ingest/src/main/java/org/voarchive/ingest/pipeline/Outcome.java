package org.voarchive.ingest.pipeline;

/**
 * What a stage decided: go on to the next stage, wait (for calibrations that have not arrived, without
 * completing this stage), or stop here because the frame needs nothing more.
 */
public record Outcome(Kind kind, String code, String reason) {

    public enum Kind {
        CONTINUE, WAIT, DONE
    }

    public static final Outcome CONTINUE = new Outcome(Kind.CONTINUE, null, null);
    public static final Outcome DONE = new Outcome(Kind.DONE, null, null);

    public static Outcome waitFor(String code, String reason) {
        return new Outcome(Kind.WAIT, code, reason);
    }
}
