package org.voarchive.ingest.qc;

import java.util.List;

/** What a raw frame's tag says is in its pixels, which decides the QC1 parameters measured on it. */
enum FrameKind {
    BIAS, DARK, LAMP_FLAT, TWILIGHT_FLAT, ARC, SCIENCE_SPECTRUM, SCIENCE_IMAGE;

    private record Prefix(String prefix, FrameKind kind) {
    }

    /** Longer prefixes first, so that FLAT_TWILIGHT is not taken for FLAT nor ORDER_FLAT missed. */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("FLAT_TWILIGHT", TWILIGHT_FLAT),
            new Prefix("ORDER_FLAT", LAMP_FLAT),
            new Prefix("ARC_LAMP", ARC),
            new Prefix("STANDARD", SCIENCE_SPECTRUM),
            new Prefix("SCIENCE", SCIENCE_SPECTRUM),
            new Prefix("OBJECT", SCIENCE_IMAGE),
            new Prefix("SKY", SCIENCE_IMAGE),
            new Prefix("STD", SCIENCE_IMAGE),
            new Prefix("BIAS", BIAS),
            new Prefix("DARK", DARK),
            new Prefix("FLAT", LAMP_FLAT));

    static FrameKind of(String tag) {
        for (Prefix p : PREFIXES) {
            if (tag.startsWith(p.prefix())) {
                return p.kind();
            }
        }
        throw new IllegalArgumentException("no QC1 parameters are defined for frames tagged " + tag);
    }
}
