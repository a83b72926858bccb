package org.voarchive.ingest.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a completeness report: the science frames of one night, tag and setup, and how their
 * needs came out.
 *
 * @param night          the observing night
 * @param instrument     the instrument
 * @param tag            the science tag
 * @param setup          the setup keys (every match key of the tag's needs) and their values, in rule order;
 *                       {@code absent} for a key the frames lack
 * @param frames         the frames' ids, sorted
 * @param satisfied      the needs satisfied for every frame, in rule order
 * @param optionalAbsent the optional needs absent for at least one frame
 * @param missing        the mandatory needs missing for at least one frame, each with the reason for the first
 *                       such frame (prefixed by its id)
 * @param status         COMPLETE when nothing is missing
 */
public record CompletenessRow(LocalDate night, String instrument, String tag, Map<String, String> setup,
        List<String> frames, List<String> satisfied, List<String> optionalAbsent, Map<String, String> missing,
        Status status) {

    /** Whether the frames of a row can be fully calibrated. */
    public enum Status {
        COMPLETE,
        INCOMPLETE
    }

    public CompletenessRow {
        setup = Collections.unmodifiableMap(new LinkedHashMap<>(setup));
        frames = List.copyOf(frames);
        satisfied = List.copyOf(satisfied);
        optionalAbsent = List.copyOf(optionalAbsent);
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /** The setup as one readable line, {@code KEY=value} separated by blanks. */
    public String setupText() {
        StringBuilder text = new StringBuilder();
        setup.forEach((key, value) -> text.append(text.length() == 0 ? "" : " ").append(key).append('=').append(value));
        return text.toString();
    }

    /** The row as maps, lists, strings and booleans, ready for a JSON writer. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("night", night.toString());
        map.put("instrument", instrument);
        map.put("tag", tag);
        map.put("setup", setup);
        map.put("frames", frames);
        map.put("satisfied", satisfied);
        map.put("optionalAbsent", optionalAbsent);
        map.put("missing", missing.entrySet().stream()
                .map(e -> Map.of("need", e.getKey(), "reason", e.getValue())).toList());
        map.put("status", status.name());
        return map;
    }
}
