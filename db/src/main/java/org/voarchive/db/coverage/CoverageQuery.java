package org.voarchive.db.coverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import org.voarchive.server.coverage.HoldingsCoverage;
import org.voarchive.server.coverage.Moc;

/**
 * The SQL of the coverage: a fingerprint of the released products, and their MOC as pgSphere's union
 * ({@code sum}) of each product's footprint: its {@code s_region} polygon, else the circle of its field of
 * view, else its position. Released means {@code obs_release_date} has passed: ObsCore describes proprietary
 * products too, and the coverage tells the world only what it can have.
 */
public final class CoverageQuery {

    static final String RELEASED = " FROM ivoa.obscore WHERE obs_release_date <= (now() AT TIME ZONE 'UTC')";

    /**
     * The changes made to ObsCore (V10's count) and the newest release date passed: any publication,
     * update or removal moves the first, any product reaching its release date the second (it is later than
     * every date passed before). Both are index lookups, however many products there are.
     */
    static final String FINGERPRINT = "SELECT (SELECT changes FROM ivoa.obscore_changes), max(obs_release_date)"
            + RELEASED;

    static final String FOOTPRINT = "coalesce(smoc(?, s_region), smoc(?, scircle(s_position, radians(s_fov / 2))),"
            + " smoc(?, s_position))";

    /** pgSphere writes an smoc in the output form chosen per session; ASCII ("5/4928 6/19541-19543") is form 0. */
    static final String ASCII_OUTPUT = "SELECT set_smoc_output_type(0)";

    /**
     * pgSphere's union aggregate grows its state with every row, which costs the square of the rows; unions
     * of batches of about sqrt(n) rows, then of the batches, cost far less (6000 fields: 62 s down to 1.4 s).
     */
    static final String COVERAGE = "SELECT m::text, smoc_degrade(?, m)::text, t_start, t_end, n, last_change FROM ("
            + "SELECT sum(part) AS m, min(t_start) AS t_start, max(t_end) AS t_end, sum(n) AS n,"
            + " max(last_change) AS last_change FROM ("
            + "SELECT sum(footprint) AS part, min(t_min) AS t_start, max(t_max) AS t_end, count(*) AS n,"
            + " max(greatest(obs_creation_date, obs_release_date)) AS last_change FROM ("
            + "SELECT " + FOOTPRINT + " AS footprint, t_min, t_max, obs_creation_date, obs_release_date,"
            + " row_number() OVER () / greatest(1, ceil(sqrt(count(*) OVER ())))::bigint AS batch" + RELEASED
            + ") AS released GROUP BY batch) AS batches) AS coverage";

    private CoverageQuery() {
    }

    /** The fingerprint of the released products, as the connection's role sees them. */
    public static String fingerprint(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FINGERPRINT); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) + ":" + r.getTimestamp(2);
        }
    }

    /**
     * The coverage of the released products.
     *
     * @param order the MOC's maximum order
     */
    public static HoldingsCoverage compute(Connection c, int order) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ASCII_OUTPUT)) {
            s.execute();
        }
        int summaryOrder = Math.min(order, HoldingsCoverage.SUMMARY_ORDER);
        try (PreparedStatement s = c.prepareStatement(COVERAGE)) {
            s.setInt(1, summaryOrder);
            s.setInt(2, order);
            s.setInt(3, order);
            s.setInt(4, order);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                String moc = r.getString(1);
                String summary = r.getString(2);
                double start = r.getDouble(3);
                Double mjdStart = r.wasNull() ? null : start;
                double end = r.getDouble(4);
                Double mjdEnd = r.wasNull() ? null : end;
                Timestamp last = r.getTimestamp(6);
                return new HoldingsCoverage(
                        moc == null ? Moc.empty(order) : Moc.parseAscii(moc, order),
                        summary == null ? Moc.empty(summaryOrder) : Moc.parseAscii(summary, summaryOrder),
                        mjdStart, mjdEnd, r.getLong(5),
                        last == null ? null : last.toLocalDateTime().toInstant(ZoneOffset.UTC));
            }
        }
    }
}
