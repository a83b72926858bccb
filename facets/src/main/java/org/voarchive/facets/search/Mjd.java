package org.voarchive.facets.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Modified Julian Dates, ObsCore's time axis (t_min, t_max), from and to calendar dates in UTC. */
public final class Mjd {

    /** MJD 0 is 1858-11-17, which is 40587 days before 1970-01-01. */
    private static final double EPOCH_OFFSET = 40587;

    private Mjd() {
    }

    /** The MJD at the start (00:00 UTC) of a date: a whole number, exactly representable. */
    public static double ofDate(LocalDate date) {
        return date.toEpochDay() + EPOCH_OFFSET;
    }

    /** The instant of an MJD, to the millisecond. */
    public static Instant toInstant(double mjd) {
        return Instant.ofEpochMilli(Math.round((mjd - EPOCH_OFFSET) * 86_400_000d));
    }

    /** The UTC date an MJD falls on. */
    public static LocalDate toDate(double mjd) {
        return toInstant(mjd).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
