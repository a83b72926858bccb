package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Provenance in the shape of the IVOA Provenance DM: an activity (one recipe run) used entities (files,
 * each in a role such as its tag) and generated one entity (the master or product).
 */
public final class ProvenanceRepository {

    private ProvenanceRepository() {
    }

    /**
     * Records an activity and what it used.
     *
     * @param used entity (ARCFILE) to role
     */
    public static void recordActivity(Connection c, String activity, String name, LocalDateTime start, LocalDateTime end,
                                      String annotation, Map<String, String> used) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.prov_activity (id, name, start_time, end_time, annotation) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, activity);
            s.setString(2, name);
            s.setTimestamp(3, Timestamp.valueOf(start));
            s.setTimestamp(4, Timestamp.valueOf(end));
            s.setString(5, annotation);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.prov_used (activity, entity, role) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : used.entrySet()) {
                s.setString(1, activity);
                s.setString(2, e.getKey());
                s.setString(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Records that an activity generated an entity, which must already be a stored file. */
    public static void recordGeneration(Connection c, String activity, String generated) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.prov_generated (entity, activity) VALUES (?, ?)")) {
            s.setString(1, generated);
            s.setString(2, activity);
            s.executeUpdate();
        }
    }
}
