package org.voarchive.ssa.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.voarchive.server.dali.DaliException;

/** SSA's TIME: ISO 8601 instants (UTC) or ranges of them, compared with ObsCore's t_min and t_max in MJD. */
final class SsaTime {

    /** MJD 0 is 1858-11-17T00:00Z, 40587 days before the Unix epoch. */
    private static final double MJD_OF_UNIX_EPOCH = 40587.0;

    private SsaTime() {
    }

    /** Parses TIME into ranges of MJD. */
    static List<Range> parse(String text) {
        return RangeList.parse("TIME", text, SsaTime::mjd);
    }

    /**
     * One ISO 8601 date or date-time: {@code 2024-03-01}, {@code 2024-03-01T04:05:06.5}, optionally with
     * {@code Z}. Times are UTC (SSA's TIME carries no zone other than UTC).
     */
    static double mjd(String name, String text) {
        String t = text.trim();
        try {
            Instant instant;
            if (t.length() == 10) {
                instant = LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                String local = t.endsWith("Z") || t.endsWith("z") ? t.substring(0, t.length() - 1) : t;
                instant = LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
            }
            return instant.getEpochSecond() / 86400.0 + instant.getNano() / 86400e9 + MJD_OF_UNIX_EPOCH;
        } catch (DateTimeParseException e) {
            throw new DaliException(name + " must be an ISO 8601 date or time (UTC), such as 2024-03-01 or "
                    + "2024-03-01T04:05:06Z, not '" + t + "'");
        }
    }
}
