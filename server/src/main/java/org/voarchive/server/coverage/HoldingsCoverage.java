package org.voarchive.server.coverage;

import java.time.Instant;
import java.util.Objects;

/**
 * Where and when the released products are.
 *
 * @param moc the spatial MOC at the configured order
 * @param summary the same MOC at order 6 at most, small enough for the resource record
 * @param mjdStart the earliest exposure start (MJD), or null when unknown
 * @param mjdEnd the latest exposure end (MJD), or null when unknown
 * @param products how many released products there are
 * @param lastChange when the newest of them became public (published or released), or null when there are none
 */
public record HoldingsCoverage(Moc moc, Moc summary, Double mjdStart, Double mjdEnd, long products,
        Instant lastChange) {

    /** The order of {@link #summary()} at most, as VODataService 1.2 advises for {@code vs:spatial}. */
    public static final int SUMMARY_ORDER = 6;

    public HoldingsCoverage {
        Objects.requireNonNull(moc, "moc");
        Objects.requireNonNull(summary, "summary");
    }
}
