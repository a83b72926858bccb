package org.voarchive.ingest.rules;

/** How a need came out: satisfied, missing (a mandatory need without enough calibrations), or an optional need with none. */
public enum NeedStatus {
    SATISFIED,
    MISSING,
    OPTIONAL_ABSENT
}
