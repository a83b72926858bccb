package org.voarchive.ingest.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The QC1 picture: per instrument the latest score of each parameter and setup, and trend series. */
public final class QcQuery {

    /** The latest measurement of one parameter in one setup, with how many there are in all. */
    public record Latest(String parameter, String setup, QcPoint point, long measurements) {
    }

    /**
     * One instrument's QC.
     *
     * @param verdict the worst of the latest scores
     * @param latest  by parameter, then setup
     */
    public record InstrumentQc(String instrument, Score verdict, List<Latest> latest) {

        /** The parameters measured, in name order. */
        public List<String> parameters() {
            return latest.stream().map(Latest::parameter).distinct().toList();
        }

        /** The setups measured, in name order. */
        public List<String> setups() {
            return latest.stream().map(Latest::setup).distinct().sorted().toList();
        }
    }

    private QcQuery() {
    }

    /** Every instrument with QC1 values, in name order. */
    public static List<InstrumentQc> overview(Connection c) throws SQLException {
        Map<String, List<Latest>> byInstrument = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT l.instrument, l.parameter, l.setup, l.mjd_obs, l.qc_value, l.reference, l.low, l.high, l.score,"
                        + " l.arcfile, n.measurements"
                        + " FROM (SELECT DISTINCT ON (instrument, parameter, setup) * FROM archive.qc1"
                        + "       ORDER BY instrument, parameter, setup, mjd_obs DESC, arcfile DESC) l"
                        + " JOIN (SELECT instrument, parameter, setup, count(*) AS measurements FROM archive.qc1"
                        + "       GROUP BY instrument, parameter, setup) n"
                        + "   USING (instrument, parameter, setup)"
                        + " ORDER BY l.instrument, l.parameter, l.setup");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                QcPoint point = new QcPoint(rs.getDouble(4), rs.getDouble(5), (Double) rs.getObject(6),
                        (Double) rs.getObject(7), (Double) rs.getObject(8), Score.of(rs.getString(9)),
                        rs.getString(10));
                byInstrument.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Latest(rs.getString(2), rs.getString(3), point, rs.getLong(11)));
            }
        }
        List<InstrumentQc> instruments = new ArrayList<>();
        byInstrument.forEach((instrument, latest) -> instruments.add(new InstrumentQc(instrument,
                Score.worst(latest.stream().map(l -> l.point().score()).toList()), List.copyOf(latest))));
        return instruments;
    }

    /** One series, oldest first; empty when nothing was measured for this instrument, parameter and setup. */
    public static List<QcPoint> series(Connection c, String instrument, String parameter, String setup)
            throws SQLException {
        List<QcPoint> points = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT mjd_obs, qc_value, reference, low, high, score, arcfile FROM archive.qc1"
                        + " WHERE instrument = ? AND parameter = ? AND setup = ? ORDER BY mjd_obs, arcfile")) {
            s.setString(1, instrument);
            s.setString(2, parameter);
            s.setString(3, setup);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    points.add(new QcPoint(rs.getDouble(1), rs.getDouble(2), (Double) rs.getObject(3),
                            (Double) rs.getObject(4), (Double) rs.getObject(5), Score.of(rs.getString(6)),
                            rs.getString(7)));
                }
            }
        }
        return points;
    }
}
