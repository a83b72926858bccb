package org.voarchive.ingest.rules;

import java.util.List;
import org.voarchive.ingest.frame.Keywords;

/**
 * How raw frames of one tag are grouped for a recipe: frames with equal values of the {@code by} keys
 * form a group, and a group with at least {@code minFrames} frames is complete and makes one product.
 *
 * @param tag       the raw tag
 * @param by        the group-by keys, e.g. {@code TPL.START} or setup keys
 * @param minFrames the fewest frames a complete group holds
 */
public record GroupRule(String tag, List<String> by, int minFrames) {

    public GroupRule {
        by = List.copyOf(by);
    }

    /**
     * The group a frame belongs to, stable and readable: the tag, then {@code KEY=value} for each
     * group-by key in rule order, joined by {@code |}, e.g.
     * {@code BIAS_RED|TPL.START=2024-03-11T18:00:00}. Numbers are written as
     * {@link Keywords#format(Object)} writes them.
     *
     * @throws IllegalArgumentException if the frame lacks a group-by key
     */
    public String groupKey(Keywords keywords) {
        StringBuilder key = new StringBuilder(tag);
        for (String name : by) {
            Object value = keywords.asMap().get(name);
            if (value == null) {
                throw new IllegalArgumentException(
                        "a " + tag + " frame has no " + name + ", which its group rule groups by");
            }
            key.append('|').append(name).append('=').append(Keywords.format(value));
        }
        return key.toString();
    }

    public boolean isComplete(int frames) {
        return frames >= minFrames;
    }
}
