package org.voarchive.server.coverage;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The MOC 2.0 JSON serialization of a spatial MOC: {@code {"5":[4928],"6":[19541,19542],"10":[]}}, one
 * member per order, with the maximum order present (empty if need be) so that it survives the round trip.
 */
public final class MocJson {

    /** The MIME type the coverage endpoint answers with. */
    public static final String MIME_TYPE = "application/json";

    private MocJson() {
    }

    public static String write(Moc moc) {
        Map<Integer, long[]> cells = moc.cells();
        cells.putIfAbsent(moc.maxOrder(), new long[0]);
        return cells.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + Arrays.stream(e.getValue()).mapToObj(Long::toString)
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
