package org.voarchive.ingest.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time conversions every ESO header needs: DATE-OBS to the millisecond, MJD-OBS, UTC and LST at Paranal. */
final class ObservingTime {

    /** Paranal's east longitude, degrees. */
    static final double PARANAL_LONGITUDE = -70.4045;
    /** Paranal's latitude, degrees: where a parked telescope's zenith declination is. */
    static final double PARANAL_LATITUDE = -24.6272;

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final long MJD_OF_EPOCH_DAY_0 = 40587;

    private ObservingTime() {
    }

    static Instant at(LocalDate date, double utHours) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(Math.round(utHours * 3_600_000));
    }

    /** DATE-OBS: ISO-8601 UT to the millisecond. */
    static String dateObs(Instant t) {
        return MILLIS.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    /** TPL START, OBS START and DATE: ISO-8601 UT to the second. */
    static String toSecond(Instant t) {
        return SECONDS.format(t);
    }

    static double mjd(Instant t) {
        long ms = t.toEpochMilli();
        return MJD_OF_EPOCH_DAY_0 + ms / 86_400_000.0;
    }

    /** Seconds since the UT midnight before {@code t} (the UTC keyword). */
    static double utcSeconds(Instant t) {
        return Math.floorMod(t.toEpochMilli(), 86_400_000L) / 1000.0;
    }

    /** Local mean sidereal time at Paranal, seconds (the LST keyword). */
    static double lstSeconds(Instant t) {
        double daysSinceJ2000 = mjd(t) - 51544.5;
        double gmstHours = 18.697374558 + 24.06570982441908 * daysSinceJ2000;
        double lstHours = gmstHours + PARANAL_LONGITUDE / 15;
        return Math.round((((lstHours % 24) + 24) % 24) * 3600 * 1000) / 1000.0;
    }

    /** The archive file name: {@code <INSTRUME>.<DATE-OBS to ms>.fits}. */
    static String arcfile(String instrume, Instant t) {
        return instrume + "." + dateObs(t) + ".fits";
    }
}
