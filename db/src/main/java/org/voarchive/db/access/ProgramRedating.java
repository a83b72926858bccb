package org.voarchive.db.access;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.voarchive.server.auth.Redating;

/**
 * Gives a programme's ingested data the release dates of a new proprietary period, as the ingest would
 * have: a science frame becomes public the period after its observation (DATE-OBS, months added as
 * calendar months, the day kept or the month's last), and its association tree and its product with it,
 * in {@code archive.files} and in the product's ObsCore row. Calibrations stay public from their
 * observation; ObsCore rows the archive did not make (loaded holdings) are left as they were loaded.
 */
final class ProgramRedating {

    private static final String SCIENCE_FRAMES = """
            UPDATE archive.files f SET release_date = r.date_obs + make_interval(months => ?)
              FROM archive.raw_frames r
             WHERE r.arcfile = f.arcfile AND r.category = 'SCIENCE' AND f.prog_id = ?
               AND f.release_date IS DISTINCT FROM r.date_obs + make_interval(months => ?)
            RETURNING f.arcfile
            """;

    /**
     * Association trees are named after their frame (the ingest's AssociateStage.treeName: ".fits" becomes
     * ".assoc.xml"; no table links a tree to its frame otherwise); products name theirs.
     */
    private static final String DERIVED_FILES = """
            UPDATE archive.files f SET release_date = s.release_date
              FROM archive.files s
             WHERE s.arcfile = ANY (?)
               AND (f.arcfile = regexp_replace(s.arcfile, '\\.fits$', '') || '.assoc.xml'
                    OR f.arcfile IN (SELECT p.arcfile FROM archive.products p WHERE p.science_arcfile = s.arcfile))
            """;

    private static final String PRODUCT_ROWS = """
            UPDATE ivoa.obscore o SET obs_release_date = s.release_date
              FROM archive.products p JOIN archive.files s ON s.arcfile = p.science_arcfile
             WHERE p.obs_publisher_did = o.obs_publisher_did AND s.arcfile = ANY (?)
            RETURNING o.obs_publisher_did
            """;

    private ProgramRedating() {
    }

    /** Re-dates within the caller's transaction; nothing changes when the dates already are the period's. */
    static Redating redate(Connection c, String progId, int months) throws SQLException {
        List<String> frames = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SCIENCE_FRAMES)) {
            s.setInt(1, months);
            s.setString(2, progId);
            s.setInt(3, months);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    frames.add(rs.getString(1));
                }
            }
        }
        if (frames.isEmpty()) {
            return new Redating(0, List.of());
        }
        Array arcfiles = c.createArrayOf("text", frames.toArray());
        int derived;
        try (PreparedStatement s = c.prepareStatement(DERIVED_FILES)) {
            s.setArray(1, arcfiles);
            derived = s.executeUpdate();
        }
        List<String> products = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PRODUCT_ROWS)) {
            s.setArray(1, arcfiles);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    products.add(rs.getString(1));
                }
            }
        }
        return new Redating(frames.size() + derived, products);
    }
}
