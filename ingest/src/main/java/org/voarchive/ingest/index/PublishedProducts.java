package org.voarchive.ingest.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.voarchive.facets.index.ProductDocument;

/**
 * Every row of {@code ivoa.obscore} (demo rows too) as the search's documents, with the stored file of
 * products the archive made. The fields are those {@link ProductDocuments} takes from a publication, so
 * a product indexed when published and read back here has the same fingerprint.
 */
public final class PublishedProducts {

    static final String SELECT = """
            SELECT o.obs_publisher_did, o.obs_id, o.obs_title, o.target_name, o.target_class, o.instrument_name,
                   o.obs_collection, o.dataproduct_type, o.calib_level, o.proposal_id, o.s_ra, o.s_dec, o.snr,
                   o.em_res_power, o.em_min, o.em_max, o.t_exptime, o.abmaglim, o.t_min, o.obs_release_date,
                   o.access_url, p.arcfile
              FROM ivoa.obscore o LEFT JOIN archive.products p ON p.obs_publisher_did = o.obs_publisher_did
            """;

    private PublishedProducts() {
    }

    /**
     * Streams every product to the consumer, in a read-only transaction of its own on the connection.
     *
     * @return how many there were
     */
    public static long forEach(Connection c, Consumer<ProductDocument> consumer) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        long n = 0;
        try (PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setFetchSize(2000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(row(rs));
                    n++;
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return n;
    }

    /** The products with these publisher DIDs, as they are now. */
    public static List<ProductDocument> of(Connection c, List<String> ids) throws SQLException {
        List<ProductDocument> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE o.obs_publisher_did = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private static ProductDocument row(ResultSet rs) throws SQLException {
        Timestamp released = rs.getTimestamp(20);
        return new ProductDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                number(rs, 11), number(rs, 12), number(rs, 13), number(rs, 14), number(rs, 15), number(rs, 16),
                number(rs, 17), number(rs, 18), number(rs, 19),
                // timestamps without zone holding UTC
                released.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(21), rs.getString(22));
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
