package org.voarchive.ingest.simulate;

/**
 * Why a simulated file is deliberately wrong, as the manifest's machine-readable reason code.
 */
public enum Defect {
    /** A good frame. */
    NONE(ExpectedStatus.OK),
    /** A valid header followed by data cut short. */
    TRUNCATED(ExpectedStatus.REJECTED),
    /** A mandatory keyword (named in the manifest's detail column) is absent. */
    MISSING_KEYWORD(ExpectedStatus.REJECTED),
    /** A keyword (named in the detail column) holds a string where a number belongs. */
    WRONG_TYPE(ExpectedStatus.REJECTED),
    /** INSTRUME names an instrument the archive does not know (the detail column says which). */
    UNKNOWN_INSTRUMENT(ExpectedStatus.REJECTED),
    /**
     * A valid frame whose setup's lamp flats were never taken, so it cannot be fully associated; the
     * detail column names the missing master.
     */
    MISSING_CALIBRATION(ExpectedStatus.INCOMPLETE);

    /** What the back end should conclude about a frame. */
    public enum ExpectedStatus {
        /** Valid, and every calibration it needs is in the stream. */
        OK,
        /** Refused at validation: the file itself is broken. */
        REJECTED,
        /** Valid, but a mandatory calibration is missing, so association reports INCOMPLETE. */
        INCOMPLETE
    }

    private final ExpectedStatus expected;

    Defect(ExpectedStatus expected) {
        this.expected = expected;
    }

    public ExpectedStatus expectedStatus() {
        return expected;
    }

    /** True when the file itself is broken (not merely unassociable). */
    public boolean isBadFile() {
        return expected == ExpectedStatus.REJECTED;
    }
}
