package org.voarchive.ingest.ops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * An ingest item as operators see it: where it came from, how far it got and, when it stopped, why.
 *
 * @param arcfile    null when landing could not name the file
 * @param instrument null when landing could not read it
 * @param stage      the last stage completed
 * @param reasonCode null unless the item waits or was quarantined
 * @param landedAt   UTC
 * @param updatedAt  UTC, the last change of stage or state
 */
public record ItemSummary(long id, String sourceName, String arcfile, String instrument, String stage,
                          String state, String reasonCode, String reason, LocalDateTime landedAt,
                          LocalDateTime updatedAt) {

    /** The columns {@link #read} expects, for a query on {@code archive.ingest_items} aliased {@code i}. */
    static final String COLUMNS = "i.id, i.source_name, i.arcfile, i.instrument, i.stage, i.state, i.reason_code,"
            + " i.reason, i.landed_at, i.updated_at";

    static ItemSummary read(ResultSet rs) throws SQLException {
        return new ItemSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toLocalDateTime(),
                rs.getTimestamp(10).toLocalDateTime());
    }
}
