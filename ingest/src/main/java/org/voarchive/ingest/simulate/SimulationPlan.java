package org.voarchive.ingest.simulate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to simulate: the seed every random choice derives from, how many consecutive nights, the date of
 * the first night's evening, and the frame scale. The same plan always yields the same bytes.
 *
 * @param seed       the seed of all random choices
 * @param nights     number of consecutive nights, at least 1
 * @param startNight the evening date of the first night (the night of 2024-03-11 ends on the 12th, UT)
 * @param scale      the detector sizes
 */
public record SimulationPlan(long seed, int nights, LocalDate startNight, FrameScale scale) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2024, 3, 11);

    public SimulationPlan {
        Objects.requireNonNull(startNight, "startNight");
        Objects.requireNonNull(scale, "scale");
        if (nights < 1) {
            throw new IllegalArgumentException("a simulation needs at least one night, not " + nights);
        }
    }

    /** A plan starting on {@link #DEFAULT_START} at {@link FrameScale#REALISTIC_LIGHT}. */
    public static SimulationPlan of(long seed, int nights) {
        return new SimulationPlan(seed, nights, DEFAULT_START, FrameScale.REALISTIC_LIGHT);
    }

    public SimulationPlan withStartNight(LocalDate date) {
        return new SimulationPlan(seed, nights, date, scale);
    }

    public SimulationPlan withScale(FrameScale newScale) {
        return new SimulationPlan(seed, nights, startNight, newScale);
    }

    /** The evening date of night {@code index} (0-based). */
    public LocalDate night(int index) {
        return startNight.plusDays(index);
    }
}
