package org.voarchive.ingest.rules;

import java.util.List;

/**
 * One input a frame of some tag needs: how many calibrations of a tag, sharing which setup keys,
 * from how far in time, and what to prefer among them.
 *
 * @param tag    the needed tag: a master (MASTER_BIAS_RED) or a raw tag (ARC_LAMP_RED)
 * @param min    the fewest to select; 0 makes the need optional
 * @param max    the most to select (at least 1)
 * @param match  the setup keys the candidate must share with the frame
 * @param window the validity window
 * @param prefer what to prefer among matching candidates inside the best window
 */
public record Need(String tag, int min, int max, List<MatchKey> match, ValidityWindow window, Preference prefer) {

    public Need {
        match = List.copyOf(match);
        if (min < 0 || max < 1 || max < min) {
            throw new IllegalArgumentException("need " + tag + " must have 0 <= min <= max and max >= 1, got min "
                    + min + ", max " + max);
        }
    }

    public boolean optional() {
        return min == 0;
    }
}
