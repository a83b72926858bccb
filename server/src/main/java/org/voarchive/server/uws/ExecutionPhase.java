package org.voarchive.server.uws;

/** The phases of a UWS job. */
public enum ExecutionPhase {
    PENDING, QUEUED, EXECUTING, COMPLETED, ERROR, ABORTED, UNKNOWN, HELD, SUSPENDED, ARCHIVED;

    /** Whether the job has ended and will not change phase again (but for ARCHIVED). */
    public boolean isFinal() {
        return this == COMPLETED || this == ERROR || this == ABORTED || this == ARCHIVED;
    }
}
