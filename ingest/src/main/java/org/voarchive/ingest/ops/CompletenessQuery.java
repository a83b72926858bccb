package org.voarchive.ingest.ops;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibration completeness of the science frames, night by night ({@code raw_frames.night}, the
 * observing night's date), per instrument and setup.
 */
public final class CompletenessQuery {

    /**
     * COMPLETE: the frame has association rows and each is CHOSEN or ABSENT (a need the rules allow to
     * be absent); INCOMPLETE: at least one is MISSING; PENDING: association has not run for it yet.
     */
    public enum Status {
        COMPLETE, INCOMPLETE, PENDING
    }

    /** One science frame and its calibrations. {@code missing} is empty unless the frame is INCOMPLETE. */
    public record Frame(String arcfile, String tag, String object, double mjdObs, Status status,
                        List<Missing> missing) {
    }

    /** The science frames of one instrument and setup in one night, in observation order. */
    public record Group(String instrument, String setup, List<Frame> frames) {
    }

    /** One night: its groups by instrument then setup, and how many frames have each status (all present). */
    public record Night(LocalDate night, List<Group> groups, Map<Status, Integer> totals) {
    }

    private CompletenessQuery() {
    }

    /** One night; a night without science frames has no groups and zero totals. */
    public static Night night(Connection c, LocalDate night) throws SQLException {
        List<Night> nights = read(c, "r.night = ?", s -> s.setDate(1, Date.valueOf(night)));
        return nights.isEmpty() ? new Night(night, List.of(), totals(List.of())) : nights.get(0);
    }

    /** The latest {@code count} nights that have science frames, newest first. */
    public static List<Night> recent(Connection c, int count) throws SQLException {
        return read(c, "r.night IN (SELECT DISTINCT night FROM archive.raw_frames WHERE category = 'SCIENCE'"
                + " ORDER BY night DESC LIMIT ?)", s -> s.setInt(1, count));
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private static List<Night> read(Connection c, String nightCondition, Binder binder) throws SQLException {
        // one row per frame and association row; a frame without associations comes once, with nulls
        Map<String, Draft> frames = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT r.night, r.instrument, r.setup, r.arcfile, r.tag, r.object, r.mjd_obs, a.need, a.status,"
                        + " a.reason FROM archive.raw_frames r"
                        + " LEFT JOIN archive.associations a ON a.subject = r.arcfile"
                        + " WHERE r.category = 'SCIENCE' AND " + nightCondition
                        + " ORDER BY r.night DESC, r.instrument, r.setup, r.mjd_obs, r.arcfile, a.need, a.calib")) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String arcfile = rs.getString(4);
                    Draft frame = frames.get(arcfile);
                    if (frame == null) {
                        frame = new Draft(new GroupKey(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)),
                                arcfile, rs.getString(5), rs.getString(6), rs.getDouble(7));
                        frames.put(arcfile, frame);
                    }
                    String status = rs.getString(9);
                    if (status != null) {
                        frame.statuses.add(status);
                        if (status.equals("MISSING")) {
                            frame.missing.add(new Missing(rs.getString(8), rs.getString(10)));
                        }
                    }
                }
            }
        }
        Map<LocalDate, Map<GroupKey, List<Frame>>> nights = new LinkedHashMap<>();
        for (Draft d : frames.values()) {
            nights.computeIfAbsent(d.key.night(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.key, k -> new ArrayList<>()).add(d.frame());
        }
        List<Night> result = new ArrayList<>();
        nights.forEach((night, groups) -> {
            List<Group> list = new ArrayList<>();
            groups.forEach((key, members) -> list.add(new Group(key.instrument(), key.setup(), List.copyOf(members))));
            result.add(new Night(night, List.copyOf(list), totals(list)));
        });
        return result;
    }

    private record GroupKey(LocalDate night, String instrument, String setup) {
    }

    /** A frame while its association rows are being read. */
    private static final class Draft {
        final GroupKey key;
        final String arcfile;
        final String tag;
        final String object;
        final double mjdObs;
        final List<String> statuses = new ArrayList<>();
        final List<Missing> missing = new ArrayList<>();

        Draft(GroupKey key, String arcfile, String tag, String object, double mjdObs) {
            this.key = key;
            this.arcfile = arcfile;
            this.tag = tag;
            this.object = object;
            this.mjdObs = mjdObs;
        }

        Frame frame() {
            return new Frame(arcfile, tag, object, mjdObs, status(statuses), List.copyOf(missing));
        }
    }

    static Status status(List<String> associationStatuses) {
        if (associationStatuses.isEmpty()) {
            return Status.PENDING;
        }
        return associationStatuses.contains("MISSING") ? Status.INCOMPLETE : Status.COMPLETE;
    }

    private static Map<Status, Integer> totals(List<Group> groups) {
        Map<Status, Integer> totals = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            totals.put(s, 0);
        }
        groups.forEach(g -> g.frames().forEach(f -> totals.merge(f.status(), 1, Integer::sum)));
        return totals;
    }
}
