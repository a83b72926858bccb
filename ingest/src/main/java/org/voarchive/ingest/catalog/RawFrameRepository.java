package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Classified raw frames ({@code archive.raw_frames}) and the calibration groups they form. */
public final class RawFrameRepository {

    private static final String COLUMNS = "arcfile, instrument, tag, category, dpr_catg, dpr_type, dpr_tech, object,"
            + " s_ra, s_dec, mjd_obs, date_obs, night, exptime, prog_id, obs_id, tpl_start, tpl_nexp, setup, group_key";

    private RawFrameRepository() {
    }

    public static void insert(Connection c, RawFrame f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO archive.raw_frames (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, f.arcfile());
            s.setString(2, f.instrument());
            s.setString(3, f.tag());
            s.setString(4, f.category());
            s.setString(5, f.dprCatg());
            s.setString(6, f.dprType());
            s.setString(7, f.dprTech());
            s.setString(8, f.object());
            s.setObject(9, f.ra(), Types.DOUBLE);
            s.setObject(10, f.dec(), Types.DOUBLE);
            s.setDouble(11, f.mjdObs());
            s.setTimestamp(12, Timestamp.valueOf(f.dateObs()));
            s.setDate(13, Date.valueOf(f.night()));
            s.setObject(14, f.exptime(), Types.DOUBLE);
            s.setString(15, f.progId());
            s.setObject(16, f.obsId(), Types.BIGINT);
            s.setString(17, f.tplStart());
            s.setObject(18, f.tplNexp(), Types.INTEGER);
            s.setString(19, f.setup());
            s.setString(20, f.groupKey());
            s.executeUpdate();
        }
    }

    public static Optional<RawFrame> byArcfile(Connection c, String arcfile) throws SQLException {
        List<RawFrame> frames = select(c, "SELECT " + COLUMNS + " FROM archive.raw_frames WHERE arcfile = ?", arcfile);
        return frames.isEmpty() ? Optional.empty() : Optional.of(frames.get(0));
    }

    /** The frames of a calibration group whose items completed their own stages, oldest first. */
    public static List<RawFrame> group(Connection c, String groupKey) throws SQLException {
        return select(c, "SELECT " + prefixed("r") + " FROM archive.raw_frames r"
                + " JOIN archive.ingest_items i ON i.arcfile = r.arcfile AND i.state = 'DONE'"
                + " WHERE r.group_key = ? ORDER BY r.mjd_obs, r.arcfile", groupKey);
    }

    /** Calibration groups that have no master yet, with their instrument and tag. */
    public static List<String[]> groupsWithoutMaster(Connection c) throws SQLException {
        List<String[]> groups = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT r.instrument, r.tag, r.group_key FROM archive.raw_frames r"
                        + " JOIN archive.ingest_items i ON i.arcfile = r.arcfile AND i.state = 'DONE'"
                        + " WHERE r.category = 'CALIB' AND r.group_key IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM archive.masters m WHERE m.instrument = r.instrument"
                        + "   AND m.group_key = r.group_key)"
                        + " ORDER BY r.group_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                groups.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return groups;
    }

    /** Raw frames of one tag that completed their stages: candidates for association. */
    public static List<RawFrame> doneByTag(Connection c, String instrument, String tag) throws SQLException {
        return select(c, "SELECT " + prefixed("r") + " FROM archive.raw_frames r"
                + " JOIN archive.ingest_items i ON i.arcfile = r.arcfile AND i.state = 'DONE'"
                + " WHERE r.instrument = ? AND r.tag = ? ORDER BY r.mjd_obs", instrument, tag);
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private static List<RawFrame> select(Connection c, String sql, String... keys) throws SQLException {
        List<RawFrame> frames = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                s.setString(i + 1, keys[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    frames.add(new RawFrame(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            (Double) rs.getObject(9), (Double) rs.getObject(10), rs.getDouble(11),
                            rs.getTimestamp(12).toLocalDateTime(), rs.getDate(13).toLocalDate(),
                            (Double) rs.getObject(14), rs.getString(15), (Long) rs.getObject(16), rs.getString(17),
                            (Integer) rs.getObject(18), rs.getString(19), rs.getString(20)));
                }
            }
        }
        return frames;
    }
}
