package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voarchive.ingest.frame.Keywords;

/** Stored files and their headers ({@code archive.files}, {@code archive.keywords}). */
public final class FileRepository {

    private FileRepository() {
    }

    public static void insert(Connection c, StoredFile f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.files (arcfile, kind, instrument, sha256, size_bytes, content_type, store_path,"
                        + " origfile, prog_id, release_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, f.arcfile());
            s.setString(2, f.kind());
            s.setString(3, f.instrument());
            s.setString(4, f.sha256());
            s.setLong(5, f.size());
            s.setString(6, f.contentType());
            s.setString(7, f.storePath());
            s.setString(8, f.origfile());
            s.setString(9, f.progId());
            s.setTimestamp(10, Timestamp.valueOf(f.releaseDate()));
            s.executeUpdate();
        }
    }

    public static Optional<StoredFile> byArcfile(Connection c, String arcfile) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT arcfile, kind, instrument, sha256, size_bytes,"
                + " content_type, store_path, origfile, prog_id, release_date FROM archive.files WHERE arcfile = ?")) {
            s.setString(1, arcfile);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getTimestamp(10).toLocalDateTime()))
                        : Optional.empty();
            }
        }
    }

    /** Every keyword of every HDU, HDU 0 being the primary. */
    public static void insertKeywords(Connection c, String arcfile, List<Keywords> headers) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.keywords (arcfile, hdu, keyword, text_value, num_value) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            for (int hdu = 0; hdu < headers.size(); hdu++) {
                for (Map.Entry<String, Object> e : headers.get(hdu).asMap().entrySet()) {
                    s.setString(1, arcfile);
                    s.setInt(2, hdu);
                    s.setString(3, e.getKey());
                    s.setString(4, Keywords.format(e.getValue()).strip());
                    if (e.getValue() instanceof Number n && Double.isFinite(n.doubleValue())) {
                        s.setDouble(5, n.doubleValue());
                    } else {
                        s.setNull(5, java.sql.Types.DOUBLE);
                    }
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** The primary header as stored: numbers come back as numbers, everything else as text. */
    public static Keywords primaryKeywords(Connection c, String arcfile) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT keyword, text_value, num_value FROM archive.keywords WHERE arcfile = ? AND hdu = 0")) {
            s.setString(1, arcfile);
            java.util.LinkedHashMap<String, Object> values = new java.util.LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double num = rs.getDouble(3);
                    values.put(rs.getString(1), rs.wasNull() ? rs.getString(2) : (Object) num);
                }
            }
            return Keywords.of(values);
        }
    }
}
