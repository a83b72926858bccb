package org.voarchive.datalink.soda;

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
 * The wavelengths a product covers as ObsCore publishes them (em_min, em_max in metres), for data
 * whose file does not say it in a form a cutout can use, such as an image's filter. Runs as the query
 * role, like every lookup of what users may see.
 */
final class SpectralCoverage {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String SQL = "SELECT o.em_min, o.em_max FROM archive.products p"
            + " JOIN ivoa.obscore o ON o.obs_publisher_did = p.obs_publisher_did WHERE p.arcfile = ?";

    private final DataSource dataSource;
    private final String readerRole;
    private final Caller caller;

    SpectralCoverage(DataSource dataSource, String readerRole, Caller caller) {
        this.dataSource = dataSource;
        this.readerRole = readerRole;
        this.caller = caller;
    }

    /** {em_min, em_max} in metres of the product stored as {@code arcfile}, or empty when not published. */
    Optional<double[]> of(String arcfile) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ReaderSession.enter(c, readerRole, TIMEOUT, caller);
                try (PreparedStatement s = c.prepareStatement(SQL)) {
                    s.setString(1, arcfile);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        double min = rs.getDouble(1);
                        boolean noMin = rs.wasNull();
                        double max = rs.getDouble(2);
                        return noMin || rs.wasNull() ? Optional.empty() : Optional.of(new double[] {min, max});
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
