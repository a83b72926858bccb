package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The calibrations chosen for each frame or master ({@code archive.associations}). */
public final class AssociationRepository {

    /** One need of a subject: the calibration chosen, or why none was. */
    public record Link(String subject, String need, String calib, Double deltaMjd, String status, String reason) {
    }

    private AssociationRepository() {
    }

    /** Replaces what was recorded for a subject: a retried association states the whole current choice. */
    public static void replace(Connection c, String subject, List<Link> links) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM archive.associations WHERE subject = ?")) {
            s.setString(1, subject);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.associations (subject, need, calib, delta_mjd, status, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Link l : links) {
                s.setString(1, l.subject());
                s.setString(2, l.need());
                s.setString(3, l.calib());
                s.setObject(4, l.deltaMjd(), Types.DOUBLE);
                s.setString(5, l.status());
                s.setString(6, l.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public static List<Link> of(Connection c, String subject) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT subject, need, calib, delta_mjd, status, reason FROM archive.associations WHERE subject = ?"
                        + " ORDER BY need, calib")) {
            s.setString(1, subject);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    links.add(new Link(rs.getString(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return links;
    }
}
