package org.voarchive.ingest.rules;

import java.util.List;

/**
 * The outcome of one need.
 *
 * @param need     the rule's need
 * @param status   satisfied, missing or optional and absent
 * @param selected the chosen calibrations, best first (empty when none was found; a MISSING need with
 *                 fewer than {@code need.min()} candidates still lists those it found)
 * @param reason   why it is MISSING or OPTIONAL_ABSENT, naming the tag, the match keys and the window;
 *                 empty when SATISFIED
 */
public record NeedResult(Need need, NeedStatus status, List<Selection> selected, String reason) {

    public NeedResult {
        selected = List.copyOf(selected);
    }
}
