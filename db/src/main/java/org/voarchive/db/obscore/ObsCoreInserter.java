package org.voarchive.db.obscore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Iterator;

/**
 * Writes {@link ObsCoreRecord}s into {@code ivoa.obscore} in batches on the caller's connection and
 * transaction; it never commits or closes the connection.
 */
public final class ObsCoreInserter {

    static final String INSERT = """
            INSERT INTO ivoa.obscore (
              dataproduct_type, dataproduct_subtype, calib_level, obs_collection, obs_id, obs_title,
              obs_publisher_did, obs_creator_did, obs_creator_name, obs_creation_date, obs_release_date,
              publisher_id, bib_reference, proposal_id, access_url, access_format, access_estsize,
              target_name, target_class, s_ra, s_dec, s_fov, s_region, s_resolution, s_pixel_scale,
              s_xel1, s_xel2, t_min, t_max, t_exptime, t_resolution, t_xel, em_min, em_max, em_res_power,
              em_xel, em_ucd, em_unit, o_ucd, o_unit, pol_states, pol_xel, facility_name, instrument_name,
              dp_id, obstech, filter, snr, abmaglim, psf_fwhm, p3orig)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::spoly, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final int BATCH = 500;

    private ObsCoreInserter() {
    }

    /**
     * Inserts every record.
     *
     * @return how many rows were inserted
     * @throws SQLException when a row violates a constraint (duplicate publisher DID, bad value); the
     *     caller's transaction should then be rolled back
     */
    public static int insert(Connection connection, Iterator<ObsCoreRecord> records) throws SQLException {
        int count = 0;
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            while (records.hasNext()) {
                bind(s, records.next());
                s.addBatch();
                if (++count % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        return count;
    }

    private static void bind(PreparedStatement s, ObsCoreRecord r) throws SQLException {
        int i = 0;
        s.setString(++i, r.dataproductType());
        s.setString(++i, r.dataproductSubtype());
        s.setInt(++i, r.calibLevel());
        s.setString(++i, r.obsCollection());
        s.setString(++i, r.obsId());
        s.setString(++i, r.obsTitle());
        s.setString(++i, r.obsPublisherDid());
        s.setString(++i, r.obsCreatorDid());
        s.setString(++i, r.obsCreatorName());
        timestamp(s, ++i, r.obsCreationDate());
        timestamp(s, ++i, r.obsReleaseDate());
        s.setString(++i, r.publisherId());
        s.setString(++i, r.bibReference());
        s.setString(++i, r.proposalId());
        s.setString(++i, r.accessUrl());
        s.setString(++i, r.accessFormat());
        s.setObject(++i, r.accessEstsize(), Types.BIGINT);
        s.setString(++i, r.targetName());
        s.setString(++i, r.targetClass());
        s.setObject(++i, r.sRa(), Types.DOUBLE);
        s.setObject(++i, r.sDec(), Types.DOUBLE);
        s.setObject(++i, r.sFov(), Types.DOUBLE);
        s.setString(++i, r.sRegion() == null ? null : r.sRegion().toPgSphere());
        s.setObject(++i, r.sResolution(), Types.DOUBLE);
        s.setObject(++i, r.sPixelScale(), Types.DOUBLE);
        s.setObject(++i, r.sXel1(), Types.BIGINT);
        s.setObject(++i, r.sXel2(), Types.BIGINT);
        s.setObject(++i, r.tMin(), Types.DOUBLE);
        s.setObject(++i, r.tMax(), Types.DOUBLE);
        s.setObject(++i, r.tExptime(), Types.DOUBLE);
        s.setObject(++i, r.tResolution(), Types.DOUBLE);
        s.setObject(++i, r.tXel(), Types.BIGINT);
        s.setObject(++i, r.emMin(), Types.DOUBLE);
        s.setObject(++i, r.emMax(), Types.DOUBLE);
        s.setObject(++i, r.emResPower(), Types.DOUBLE);
        s.setObject(++i, r.emXel(), Types.BIGINT);
        s.setString(++i, r.emUcd());
        s.setString(++i, r.emUnit());
        s.setString(++i, r.oUcd());
        s.setString(++i, r.oUnit());
        s.setString(++i, r.polStates());
        s.setObject(++i, r.polXel(), Types.BIGINT);
        s.setString(++i, r.facilityName());
        s.setString(++i, r.instrumentName());
        s.setString(++i, r.dpId());
        s.setString(++i, r.obstech());
        s.setString(++i, r.filter());
        s.setObject(++i, r.snr(), Types.DOUBLE);
        s.setObject(++i, r.abmaglim(), Types.DOUBLE);
        s.setObject(++i, r.psfFwhm(), Types.DOUBLE);
        s.setString(++i, r.p3orig());
    }

    private static void timestamp(PreparedStatement s, int index, Instant value) throws SQLException {
        // The columns are timestamps without zone holding UTC: bind UTC wall-clock time explicitly so the
        // JVM's default zone never shifts them.
        s.setObject(index, value == null ? null : java.time.LocalDateTime.ofInstant(value, java.time.ZoneOffset.UTC),
                Types.TIMESTAMP);
    }
}
