package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ingest items: one per distinct file (by SHA-256), with the stage reached as the checkpoint. */
public final class ItemRepository {

    private static final String COLUMNS =
            "id, sha256, source_name, arcfile, instrument, stage, state, reason_code, reason, store_path";

    private ItemRepository() {
    }

    public static Optional<Item> bySha(Connection c, String sha256) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM archive.ingest_items WHERE sha256 = ?", sha256);
    }

    public static Optional<Item> byArcfile(Connection c, String arcfile) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM archive.ingest_items WHERE arcfile = ? ORDER BY id LIMIT 1", arcfile);
    }

    public static Optional<Item> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM archive.ingest_items WHERE id = ?")) {
            s.setLong(1, id);
            return first(s);
        }
    }

    /** Records a landed file; the item keeps the state given (ACTIVE, or QUARANTINED when landing refused it). */
    public static long insert(Connection c, String sha256, String sourceName, String arcfile, String instrument,
                              String storePath, String state, String reasonCode, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.ingest_items (sha256, source_name, arcfile, instrument, stage, state, reason_code, reason, store_path)"
                        + " VALUES (?, ?, ?, ?, 'land', ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, sha256);
            s.setString(2, sourceName);
            s.setString(3, arcfile);
            s.setString(4, instrument);
            s.setString(5, state);
            s.setString(6, reasonCode);
            s.setString(7, reason);
            s.setString(8, storePath);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves an item on: the checkpoint. Returns false when the item was not at {@code fromStage} any more. */
    public static boolean advance(Connection c, long id, String fromStage, String toStage, String state,
                                  String reasonCode, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE archive.ingest_items SET stage = ?, state = ?, reason_code = ?, reason = ?,"
                        + " updated_at = now() AT TIME ZONE 'UTC' WHERE id = ? AND stage = ?")) {
            s.setString(1, toStage);
            s.setString(2, state);
            s.setString(3, reasonCode);
            s.setString(4, reason);
            s.setLong(5, id);
            s.setString(6, fromStage);
            return s.executeUpdate() == 1;
        }
    }

    /** Puts an item aside: its stage stays the last one it completed, so the reason says where it stopped. */
    public static void quarantine(Connection c, long id, String reasonCode, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE archive.ingest_items SET state = 'QUARANTINED', reason_code = ?, reason = ?,"
                        + " updated_at = now() AT TIME ZONE 'UTC' WHERE id = ?")) {
            s.setString(1, reasonCode);
            s.setString(2, reason);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }

    public static List<Item> inState(Connection c, String state, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM archive.ingest_items WHERE state = ? ORDER BY id LIMIT ?")) {
            s.setString(1, state);
            s.setInt(2, limit);
            return all(s);
        }
    }

    /** Waiting items get another chance after new calibrations arrived. */
    public static int reactivateWaiting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE archive.ingest_items SET state = 'ACTIVE', updated_at = now() AT TIME ZONE 'UTC' WHERE state = 'WAITING'")) {
            return s.executeUpdate();
        }
    }

    /** How many items are in each state. */
    public static Map<String, Long> countByState(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String state : List.of("ACTIVE", "WAITING", "DONE", "QUARANTINED")) {
            counts.put(state, 0L);
        }
        try (PreparedStatement s = c.prepareStatement("SELECT state, count(*) FROM archive.ingest_items GROUP BY state");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static Optional<Item> one(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            return first(s);
        }
    }

    private static Optional<Item> first(PreparedStatement s) throws SQLException {
        List<Item> items = all(s);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    private static List<Item> all(PreparedStatement s) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                items.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return items;
    }
}
