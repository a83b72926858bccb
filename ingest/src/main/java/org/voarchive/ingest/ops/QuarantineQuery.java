package org.voarchive.ingest.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items that stopped: quarantined ones (refused, with the code and reason of the refusal) and
 * waiting ones (frames whose calibrations have not arrived, with the needs still missing).
 */
public final class QuarantineQuery {

    /** A frame waiting for calibrations, with what the last association found missing (may be empty). */
    public record Waiting(ItemSummary item, List<Missing> missing) {
    }

    private QuarantineQuery() {
    }

    /**
     * Quarantined items, newest landing first.
     *
     * @param reasonCode only items with this code, or null for all
     * @param limit      the most items returned
     */
    public static List<ItemSummary> quarantined(Connection c, String reasonCode, int limit) throws SQLException {
        List<ItemSummary> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ItemSummary.COLUMNS
                + " FROM archive.ingest_items i WHERE i.state = 'QUARANTINED'"
                + " AND (CAST(? AS text) IS NULL OR i.reason_code = ?)"
                + " ORDER BY i.landed_at DESC, i.id DESC LIMIT ?")) {
            s.setString(1, reasonCode);
            s.setString(2, reasonCode);
            s.setInt(3, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(ItemSummary.read(rs));
                }
            }
        }
        return items;
    }

    /** Every reason code among quarantined items with how many items carry it, most frequent first. */
    public static Map<String, Long> reasonCodes(Connection c) throws SQLException {
        Map<String, Long> codes = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT coalesce(reason_code, ''), count(*) FROM archive.ingest_items WHERE state = 'QUARANTINED'"
                        + " GROUP BY 1 ORDER BY 2 DESC, 1");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                codes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return codes;
    }

    /** Waiting items, longest waiting first, each with its missing calibrations in need order. */
    public static List<Waiting> waiting(Connection c, int limit) throws SQLException {
        Map<Long, ItemSummary> items = new LinkedHashMap<>();
        Map<Long, List<Missing>> missing = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ItemSummary.COLUMNS + ", a.need, a.reason"
                + " FROM (SELECT * FROM archive.ingest_items WHERE state = 'WAITING'"
                + "       ORDER BY updated_at, id LIMIT ?) i"
                + " LEFT JOIN archive.associations a ON a.subject = i.arcfile AND a.status = 'MISSING'"
                + " ORDER BY i.updated_at, i.id, a.need")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ItemSummary item = ItemSummary.read(rs);
                    items.putIfAbsent(item.id(), item);
                    List<Missing> needs = missing.computeIfAbsent(item.id(), k -> new ArrayList<>());
                    if (rs.getString(11) != null) {
                        needs.add(new Missing(rs.getString(11), rs.getString(12)));
                    }
                }
            }
        }
        List<Waiting> waiting = new ArrayList<>();
        items.forEach((id, item) -> waiting.add(new Waiting(item, List.copyOf(missing.get(id)))));
        return waiting;
    }
}
