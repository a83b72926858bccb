package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Published products ({@code archive.products}) and the raw science frame each came from. */
public final class ProductRepository {

    private ProductRepository() {
    }

    public static void insert(Connection c, String arcfile, String publisherDid, String prodcatg, String instrument,
                              String scienceArcfile) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.products (arcfile, obs_publisher_did, prodcatg, instrument, science_arcfile)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, arcfile);
            s.setString(2, publisherDid);
            s.setString(3, prodcatg);
            s.setString(4, instrument);
            s.setString(5, scienceArcfile);
            s.executeUpdate();
        }
    }
}
