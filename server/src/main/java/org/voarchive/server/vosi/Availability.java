package org.voarchive.server.vosi;

import java.time.Instant;
import java.util.List;

/**
 * The archive's availability at one moment: available only when every probe is.
 *
 * @param available whether every probe succeeded
 * @param upSince when the application started
 * @param notes one note per probe, failures first
 */
public record Availability(boolean available, Instant upSince, List<String> notes) {

    public Availability {
        notes = List.copyOf(notes);
    }

    /** Combines probe results: any failure makes the archive unavailable, and its note comes first. */
    public static Availability of(Instant upSince, List<ProbeResult> results) {
        boolean ok = results.stream().allMatch(ProbeResult::ok);
        List<String> notes = results.stream()
                .sorted((a, b) -> Boolean.compare(a.ok(), b.ok()))
                .map(ProbeResult::note)
                .toList();
        return new Availability(ok, upSince, notes);
    }
}
