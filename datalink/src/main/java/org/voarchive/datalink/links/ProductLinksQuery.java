package org.voarchive.datalink.links;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.voarchive.datalink.links.StoredProduct.RelatedFile;
import org.voarchive.db.query.ReaderSession;
import org.voarchive.server.access.Caller;

/**
 * The SQL behind {links}: a product by publisher DID, the files its provenance leads to, and its
 * association trees. Everything runs as the query role in one read-only transaction, so row-level
 * security hides the proprietary files and the provenance of proprietary products the caller is not
 * entitled to; IDs go in as JDBC parameters only.
 */
final class ProductLinksQuery {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** The ObsCore row of a DID, and its product and file when the caller may see both. */
    private static final String PRODUCT = "SELECT"
            + " o.dataproduct_type, o.em_min, o.em_max, p.arcfile, p.prodcatg, f.size_bytes, f.content_type"
            + " FROM ivoa.obscore o"
            + " LEFT JOIN (archive.products p JOIN archive.files f ON f.arcfile = p.arcfile)"
            + " ON p.obs_publisher_did = o.obs_publisher_did"
            + " WHERE o.obs_publisher_did = ? ORDER BY p.arcfile NULLS LAST LIMIT 1";

    /**
     * Every released file the product's activity used, and (depth above 0) what the activities of the
     * masters among them used, down to raw frames; the shallowest depth of each file wins.
     */
    private static final String RELATED = "WITH RECURSIVE used(entity, depth) AS ("
            + "  SELECT u.entity, 0 FROM archive.prov_generated g JOIN archive.prov_used u ON u.activity = g.activity"
            + "  WHERE g.entity = ?"
            + "  UNION"
            + "  SELECT u.entity, used.depth + 1 FROM used"
            + "  JOIN archive.prov_generated g ON g.entity = used.entity"
            + "  JOIN archive.prov_used u ON u.activity = g.activity"
            + "  WHERE used.depth < 8)"
            + " SELECT f.arcfile, f.kind, f.size_bytes, f.content_type, r.category, coalesce(m.tag, r.tag),"
            + "  min(used.depth) AS depth"
            + " FROM used JOIN archive.files f ON f.arcfile = used.entity"
            + " LEFT JOIN archive.raw_frames r ON r.arcfile = f.arcfile"
            + " LEFT JOIN archive.masters m ON m.arcfile = f.arcfile"
            + " GROUP BY f.arcfile, f.kind, f.size_bytes, f.content_type, r.category, m.tag, r.tag"
            + " ORDER BY min(used.depth), f.kind DESC, f.arcfile";

    /** The association trees of the product's science frames, named {@code <ARCFILE without .fits>.assoc.xml}. */
    private static final String ASSOCIATIONS = "SELECT f.arcfile, f.kind, f.size_bytes, f.content_type"
            + " FROM archive.files f WHERE f.kind = 'association' AND f.arcfile IN ("
            + "  SELECT regexp_replace(s.arcfile, '\\.fits$', '') || '.assoc.xml' FROM ("
            + "   SELECT p.science_arcfile AS arcfile FROM archive.products p WHERE p.arcfile = ?"
            + "   UNION SELECT u.entity FROM archive.prov_generated g JOIN archive.prov_used u ON u.activity = g.activity"
            + "   JOIN archive.raw_frames r ON r.arcfile = u.entity AND r.category = 'SCIENCE'"
            + "   WHERE g.entity = ?) s)"
            + " ORDER BY f.arcfile";

    private final DataSource dataSource;
    private final String readerRole;
    private final Caller caller;

    ProductLinksQuery(DataSource dataSource, String readerRole, Caller caller) {
        this.dataSource = dataSource;
        this.readerRole = readerRole;
        this.caller = caller;
    }

    /** What the archive has for each ID, in the order asked (a repeated ID is looked up once). */
    Map<String, ProductLookup> lookup(List<String> ids) throws SQLException {
        Map<String, ProductLookup> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                c.setReadOnly(true);
                ReaderSession.enter(c, readerRole, TIMEOUT, caller);
                for (String id : ids) {
                    if (!found.containsKey(id)) {
                        found.put(id, one(c, id));
                    }
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        }
        return found;
    }

    private static ProductLookup one(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(PRODUCT)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return ProductLookup.notPublic();
                }
                String arcfile = rs.getString(4);
                if (arcfile == null) {
                    return ProductLookup.noFile();
                }
                return ProductLookup.found(new StoredProduct(id, arcfile, rs.getLong(6), rs.getString(7),
                        rs.getString(5), rs.getString(1), number(rs, 2), number(rs, 3), related(c, arcfile),
                        associations(c, arcfile)));
            }
        }
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static List<RelatedFile> related(Connection c, String arcfile) throws SQLException {
        List<RelatedFile> files = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(RELATED)) {
            s.setString(1, arcfile);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.add(new RelatedFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7) == 0));
                }
            }
        }
        return files;
    }

    private static List<RelatedFile> associations(Connection c, String arcfile) throws SQLException {
        List<RelatedFile> files = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ASSOCIATIONS)) {
            s.setString(1, arcfile);
            s.setString(2, arcfile);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    files.add(new RelatedFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), null,
                            null, true));
                }
            }
        }
        return files;
    }
}
