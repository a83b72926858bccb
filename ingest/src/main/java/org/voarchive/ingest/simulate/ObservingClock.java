package org.voarchive.ingest.simulate;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * One instrument's time line through a night: each exposure starts after the previous one has ended
 * and its overheads have passed, so DATE-OBS, and with it ARCFILE, never repeats.
 */
final class ObservingClock {

    private final SplittableRandom random;
    private Instant now;

    ObservingClock(Instant start, SplittableRandom random) {
        this.now = start;
        this.random = random;
    }

    /** Moves the clock forward to {@code time}, or leaves it when it is already later. */
    ObservingClock skipTo(Instant time) {
        if (time.isAfter(now)) {
            now = time;
        }
        return this;
    }

    Instant now() {
        return now;
    }

    /**
     * The start of an exposure of {@code exptime} seconds followed by {@code overhead} seconds (at least
     * one); the start gets a random millisecond part, as real shutters do.
     */
    Instant expose(double exptime, double overhead) {
        if (overhead < 1) {
            throw new IllegalArgumentException("overhead below one second would let ARCFILEs collide: " + overhead);
        }
        Instant start = now.plusMillis(random.nextInt(1000));
        now = start.plusMillis(Math.round((exptime + overhead) * 1000));
        return start;
    }
}
