package org.voarchive.ingest.rules;

import java.util.List;

/**
 * The calibrations chosen for one frame, need by need in rule order.
 *
 * @param instrument the instrument
 * @param tag        the frame's tag
 * @param needs      one result per need of the tag's associate rule; empty when the tag needs nothing
 */
public record Association(String instrument, String tag, List<NeedResult> needs) {

    public Association {
        needs = List.copyOf(needs);
    }

    /** True when no mandatory need is missing. */
    public boolean complete() {
        return needs.stream().noneMatch(n -> n.status() == NeedStatus.MISSING);
    }

    /** The missing needs, in rule order. */
    public List<NeedResult> missing() {
        return needs.stream().filter(n -> n.status() == NeedStatus.MISSING).toList();
    }
}
