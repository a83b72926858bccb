package org.voarchive.server.vosi;

import java.util.Objects;

/**
 * What one {@link AvailabilityProbe} found.
 *
 * @param ok whether the archive can serve as far as this probe can tell
 * @param note a sentence for operators and users: what was checked, or why it failed
 */
public record ProbeResult(boolean ok, String note) {

    public ProbeResult {
        Objects.requireNonNull(note, "note");
    }

    public static ProbeResult ok(String note) {
        return new ProbeResult(true, note);
    }

    public static ProbeResult failed(String note) {
        return new ProbeResult(false, note);
    }
}
