package org.voarchive.ingest.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.rules.CalibrationCatalog;
import org.voarchive.ingest.rules.Candidate;

/**
 * The calibrations the archive holds, for the associator: masters by their product tag, raw frames (an
 * arc, an order definition) by their classification tag once they completed their own stages. Each
 * candidate carries the match keys of its primary header as stored, so the frame and its calibrations
 * are compared on the same footing.
 *
 * <p>Candidates are remembered per tag: every science frame of a night asks for the same ones. The
 * engine calls {@link #forget()} whenever calibrations may have changed (a master made, a calibration
 * frame archived, a new drain, which only one process runs at a time), so a frame never waits for a
 * calibration the archive already holds.
 */
public final class DbCalibrationCatalog {

    private static final String MASTERS = "SELECT m.arcfile, m.mjd_obs, m.certified, k.keyword, k.text_value, k.num_value"
            + " FROM archive.masters m JOIN archive.keywords k ON k.arcfile = m.arcfile AND k.hdu = 0"
            + " AND k.keyword = ANY (?) WHERE m.instrument = ? AND m.tag = ? ORDER BY m.arcfile";
    private static final String RAWS = "SELECT r.arcfile, r.mjd_obs, false, k.keyword, k.text_value, k.num_value"
            + " FROM archive.raw_frames r JOIN archive.ingest_items i ON i.arcfile = r.arcfile AND i.state = 'DONE'"
            + " JOIN archive.keywords k ON k.arcfile = r.arcfile AND k.hdu = 0 AND k.keyword = ANY (?)"
            + " WHERE r.instrument = ? AND r.tag = ? ORDER BY r.arcfile";

    private final String[] keys;
    private final Map<String, List<Candidate>> known = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param keys the keywords association compares (the rules' match keys): loading only these keeps
     *             a candidate to a handful of rows instead of its whole header
     */
    public DbCalibrationCatalog(java.util.Set<String> keys) {
        this.keys = keys.toArray(String[]::new);
    }

    /** The catalog for one association, reading what it does not know yet on {@code connection}. */
    public CalibrationCatalog on(Connection connection) {
        return (instrument, tag) -> {
            String key = instrument + "|" + tag;
            List<Candidate> candidates = known.get(key);
            if (candidates == null) {
                candidates = List.copyOf(load(connection, instrument, tag));
                known.put(key, candidates);
            }
            return candidates;
        };
    }

    /** Forgets every remembered candidate: calibrations have changed. */
    public void forget() {
        known.clear();
    }

    private List<Candidate> load(Connection connection, String instrument, String tag) {
        boolean master = tag.startsWith("MASTER_");
        try (PreparedStatement s = connection.prepareStatement(master ? MASTERS : RAWS)) {
            s.setArray(1, connection.createArrayOf("text", keys));
            s.setString(2, instrument);
            s.setString(3, tag);
            List<Candidate> candidates = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                String current = null;
                double mjd = 0;
                boolean certified = false;
                Map<String, Object> values = new LinkedHashMap<>();
                while (rs.next()) {
                    String arcfile = rs.getString(1);
                    if (!arcfile.equals(current)) {
                        if (current != null) {
                            candidates.add(candidate(current, tag, values, mjd, certified, master));
                        }
                        current = arcfile;
                        mjd = rs.getDouble(2);
                        certified = rs.getBoolean(3);
                        values = new LinkedHashMap<>();
                    }
                    double num = rs.getDouble(6);
                    values.put(rs.getString(4), rs.wasNull() ? rs.getString(5) : (Object) num);
                }
                if (current != null) {
                    candidates.add(candidate(current, tag, values, mjd, certified, master));
                }
            }
            return candidates;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + tag + " calibrations of " + instrument + ": " + e.getMessage(), e);
        }
    }

    private static Candidate candidate(String arcfile, String tag, Map<String, Object> values, double mjd,
                                       boolean certified, boolean master) {
        return new Candidate(arcfile, tag, Keywords.of(values), mjd, certified,
                master ? Candidate.Kind.MASTER : Candidate.Kind.RAW);
    }
}
