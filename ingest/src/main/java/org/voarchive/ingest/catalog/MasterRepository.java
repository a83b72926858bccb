package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Master calibrations ({@code archive.masters}), one per calibration group. */
public final class MasterRepository {

    /** A master as recorded. */
    public record Master(String arcfile, String instrument, String tag, String groupKey, String setup, double mjdObs,
                         LocalDate night, String recipe) {
    }

    private MasterRepository() {
    }

    public static void insert(Connection c, Master m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.masters (arcfile, instrument, tag, group_key, setup, mjd_obs, night, recipe)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, m.arcfile());
            s.setString(2, m.instrument());
            s.setString(3, m.tag());
            s.setString(4, m.groupKey());
            s.setString(5, m.setup());
            s.setDouble(6, m.mjdObs());
            s.setDate(7, Date.valueOf(m.night()));
            s.setString(8, m.recipe());
            s.executeUpdate();
        }
    }
}
