package org.voarchive.ingest.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state of the transfer stream at one moment: how many items are in each state and at each stage,
 * per instrument, when the stream last moved, what it has produced, and the latest items.
 *
 * @param byState      every state (ACTIVE, WAITING, DONE, QUARANTINED) with its count, zeros included
 * @param byStage      the last stage completed, with its count, in stage name order
 * @param byInstrument instrument ({@value #UNKNOWN_INSTRUMENT} where landing could not read one) to its
 *                     counts per state, every state present
 * @param lastLanded   empty while no file has landed
 * @param lastUpdated  empty while no file has landed
 * @param recent       the {@value #RECENT} most recently changed items, newest first
 */
public record StreamStatus(Map<String, Long> byState, Map<String, Long> byStage,
                           Map<String, Map<String, Long>> byInstrument, Optional<LocalDateTime> lastLanded,
                           Optional<LocalDateTime> lastUpdated, long masters, long certifiedMasters,
                           long products, List<ItemSummary> recent) {

    public static final List<String> STATES = List.of("ACTIVE", "WAITING", "DONE", "QUARANTINED");
    public static final String UNKNOWN_INSTRUMENT = "UNKNOWN";
    public static final int RECENT = 20;

    /** Reads the status; run it in one transaction (or on an idle connection) for a consistent picture. */
    public static StreamStatus read(Connection c) throws SQLException {
        Map<String, Long> byState = zeros();
        Map<String, Long> byStage = new TreeMap<>();
        Map<String, Map<String, Long>> byInstrument = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT coalesce(instrument, ?), stage, state, count(*) FROM archive.ingest_items"
                        + " GROUP BY 1, stage, state")) {
            s.setString(1, UNKNOWN_INSTRUMENT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(4);
                    byState.merge(rs.getString(3), n, Long::sum);
                    byStage.merge(rs.getString(2), n, Long::sum);
                    byInstrument.computeIfAbsent(rs.getString(1), k -> zeros()).merge(rs.getString(3), n, Long::sum);
                }
            }
        }
        LocalDateTime lastLanded;
        LocalDateTime lastUpdated;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT max(landed_at), max(updated_at) FROM archive.ingest_items");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            lastLanded = time(rs.getTimestamp(1));
            lastUpdated = time(rs.getTimestamp(2));
        }
        long masters;
        long certified;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE certified) FROM archive.masters");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            masters = rs.getLong(1);
            certified = rs.getLong(2);
        }
        long products;
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM archive.products");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            products = rs.getLong(1);
        }
        return new StreamStatus(byState, byStage, byInstrument, Optional.ofNullable(lastLanded),
                Optional.ofNullable(lastUpdated), masters, certified, products, recent(c));
    }

    private static List<ItemSummary> recent(Connection c) throws SQLException {
        List<ItemSummary> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ItemSummary.COLUMNS
                + " FROM archive.ingest_items i ORDER BY i.updated_at DESC, i.id DESC LIMIT " + RECENT);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                items.add(ItemSummary.read(rs));
            }
        }
        return items;
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(state -> counts.put(state, 0L));
        return counts;
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
