package org.voarchive.db.files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.server.access.Caller;

/**
 * Finds the files of the archive store that a caller may have: released ones, and proprietary ones of
 * the caller's programmes (all of them for operators). Every lookup runs as the read-only query role on
 * the caller's behalf, so the database's row-level security, not this class, decides: a file the caller
 * is not entitled to is simply not found, exactly like a file that does not exist.
 */
public final class ReleasedFiles {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String COLUMNS = "f.arcfile, f.kind, f.instrument, f.store_path, f.content_type,"
            + " f.size_bytes, f.sha256, f.release_date";

    private final DataSource dataSource;
    private final String readerRole;
    private final Caller caller;

    public ReleasedFiles(DataSource dataSource, String readerRole, Caller caller) {
        this.dataSource = dataSource;
        this.readerRole = readerRole;
        this.caller = caller;
    }

    /** A file the caller may have, by its ARCFILE. */
    public Optional<ArchivedFile> byArcfile(String arcfile) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM archive.files f WHERE f.arcfile = ?", arcfile);
    }

    /**
     * A product file the caller may have, by the product's publisher DID ({@code ivo://.../ID?ADP...}), its dp_id
     * ({@code ADP...}) or its ARCFILE.
     */
    public Optional<ArchivedFile> product(String id) throws SQLException {
        return one("SELECT " + COLUMNS + " FROM archive.products p JOIN archive.files f ON f.arcfile = p.arcfile"
                + " WHERE ? IN (p.obs_publisher_did, p.arcfile, regexp_replace(p.arcfile, '\\.fits$', ''))", id);
    }

    private Optional<ArchivedFile> one(String sql, String key) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ReaderSession.enter(c, readerRole, TIMEOUT, caller);
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new ArchivedFile(rs.getString(1), rs.getString(2), rs.getString(3),
                                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                                        rs.getTimestamp(8).toLocalDateTime()))
                                : Optional.empty();
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
