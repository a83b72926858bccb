package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The QC1 time series ({@code archive.qc1}): one row per measured file and parameter. */
public final class QcRepository {

    /** One scored QC1 value. */
    public record QcRow(String arcfile, String parameter, String instrument, String tag, String setup, double mjdObs,
                        LocalDate night, double value, Double reference, Double low, Double high, String score) {
    }

    private QcRepository() {
    }

    public static void insert(Connection c, List<QcRow> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.qc1 (arcfile, parameter, instrument, tag, setup, mjd_obs, night, qc_value, reference,"
                        + " low, high, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (QcRow r : rows) {
                s.setString(1, r.arcfile());
                s.setString(2, r.parameter());
                s.setString(3, r.instrument());
                s.setString(4, r.tag());
                s.setString(5, r.setup());
                s.setDouble(6, r.mjdObs());
                s.setDate(7, Date.valueOf(r.night()));
                s.setDouble(8, r.value());
                s.setObject(9, r.reference(), Types.DOUBLE);
                s.setObject(10, r.low(), Types.DOUBLE);
                s.setObject(11, r.high(), Types.DOUBLE);
                s.setString(12, r.score());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * For each parameter, its latest {@code limit} earlier values for one instrument and setup, oldest
     * first, in one query.
     */
    public static java.util.Map<String, List<Double>> histories(Connection c, String instrument,
                                                                java.util.Collection<String> parameters, String setup,
                                                                double beforeMjd, int limit) throws SQLException {
        java.util.Map<String, List<Double>> histories = new java.util.HashMap<>();
        for (String p : parameters) {
            histories.put(p, new ArrayList<>());
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT parameter, qc_value FROM (SELECT parameter, qc_value, mjd_obs, row_number() OVER"
                        + " (PARTITION BY parameter ORDER BY mjd_obs DESC) AS n FROM archive.qc1"
                        + " WHERE instrument = ? AND parameter = ANY (?) AND setup = ? AND mjd_obs < ?) h"
                        + " WHERE n <= ? ORDER BY parameter, mjd_obs")) {
            s.setString(1, instrument);
            s.setArray(2, c.createArrayOf("text", parameters.toArray()));
            s.setString(3, setup);
            s.setDouble(4, beforeMjd);
            s.setInt(5, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    histories.get(rs.getString(1)).add(rs.getDouble(2));
                }
            }
        }
        return histories;
    }
}
