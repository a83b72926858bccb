package org.voarchive.ingest.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes rows straight into the {@code archive} tables, in the order their keys require (files first),
 * and {@link #seed} a small stream: two instruments, one night each, items in every state.
 */
public final class ArchiveRows {

    public static final String SCRIPT = "<script>alert('x')</script> & no ARCFILE";
    public static final String UVES_SCI_1 = "UVES.2024-03-01T01:00:00.000.fits";
    public static final String UVES_SCI_2 = "UVES.2024-03-01T02:00:00.000.fits";
    public static final String UVES_SCI_3 = "UVES.2024-03-01T03:00:00.000.fits";
    public static final String FORS_SCI = "FORS2.2024-03-02T01:00:00.000.fits";
    public static final LocalDate UVES_NIGHT = LocalDate.of(2024, 2, 29);
    public static final LocalDate FORS_NIGHT = LocalDate.of(2024, 3, 1);

    private final Connection c;
    private int files;

    public ArchiveRows(Connection c) {
        this.c = c;
    }

    public ArchiveRows file(String arcfile, String kind, String instrument) throws SQLException {
        files++;
        update("INSERT INTO archive.files (arcfile, kind, instrument, sha256, size_bytes, content_type, store_path,"
                        + " release_date) VALUES (?, ?, ?, ?, 2880, 'application/fits', ?, '2025-01-01')",
                arcfile, kind, instrument, "%064x".formatted(files), kind + "/" + arcfile);
        return this;
    }

    public ArchiveRows raw(String arcfile, String instrument, String tag, String category, String setup,
                           double mjd, LocalDate night) throws SQLException {
        file(arcfile, "raw", instrument);
        update("INSERT INTO archive.raw_frames (arcfile, instrument, tag, category, object, mjd_obs, date_obs, night,"
                        + " setup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", arcfile, instrument, tag, category,
                category.equals("SCIENCE") ? "HD 1234" : null, mjd, Timestamp.valueOf(night.atTime(23, 0)),
                java.sql.Date.valueOf(night), setup);
        return this;
    }

    public ArchiveRows qc(String arcfile, String parameter, String instrument, String setup, double mjd,
                          double value, Double reference, Double low, Double high, String score) throws SQLException {
        update("INSERT INTO archive.qc1 (arcfile, parameter, instrument, tag, setup, mjd_obs, night, qc_value, reference,"
                        + " low, high, score) VALUES (?, ?, ?, 'BIAS', ?, ?, '2024-02-29', ?, ?, ?, ?, ?)",
                arcfile, parameter, instrument, setup, mjd, value, reference, low, high, score);
        return this;
    }

    public ArchiveRows association(String subject, String need, String calib, String status, String reason)
            throws SQLException {
        update("INSERT INTO archive.associations (subject, need, calib, status, reason) VALUES (?, ?, ?, ?, ?)",
                subject, need, calib, status, reason);
        return this;
    }

    public ArchiveRows item(String sha, String source, String arcfile, String instrument, String stage, String state,
                            String code, String reason, LocalDateTime landed, LocalDateTime updated)
            throws SQLException {
        update("INSERT INTO archive.ingest_items (sha256, source_name, arcfile, instrument, stage, state, reason_code,"
                        + " reason, landed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sha.repeat(64 / sha.length()), source, arcfile, instrument, stage, state, code, reason,
                Timestamp.valueOf(landed), Timestamp.valueOf(updated));
        return this;
    }

    /**
     * The shared scenario. Items: UVES_SCI_1 DONE, UVES_SCI_2 WAITING (FLAT missing), UVES_SCI_3 ACTIVE,
     * FORS_SCI DONE, an unnamed file QUARANTINED (MISSING_KEYWORD, reason {@link #SCRIPT}) and a FORS2 file
     * QUARANTINED (WRONG_TYPE), landed in that order from 10:00 to 10:08 on 2024-03-01. One certified
     * master, one product. QC1: UVES bias_level/RED_580 three values (latest OK), UVES resolving_power/RED_580
     * latest OUT, FORS2 bias_level/1x1 latest WARNING, FORS2 gain/1x1 NA.
     */
    public static void seed(Connection c) throws SQLException {
        ArchiveRows r = new ArchiveRows(c);
        LocalDate night = UVES_NIGHT;
        r.raw(UVES_SCI_1, "UVES", "SCI_RED", "SCIENCE", "RED_580", 60370.04, night)
                .raw(UVES_SCI_2, "UVES", "SCI_RED", "SCIENCE", "RED_580", 60370.08, night)
                .raw(UVES_SCI_3, "UVES", "SCI_BLUE", "SCIENCE", "BLUE_390", 60370.13, night)
                .raw(FORS_SCI, "FORS2", "SCI_IMG", "SCIENCE", "1x1", 60371.04, FORS_NIGHT);
        for (int i = 1; i <= 3; i++) {
            r.raw("UVES.2024-02-2" + (6 + i) + "T20:00:00.000.fits", "UVES", "BIAS", "CALIB", "RED_580",
                    60366.8 + i, LocalDate.of(2024, 2, 26 + i));
        }
        r.raw("FORS2.2024-03-01T20:00:00.000.fits", "FORS2", "BIAS", "CALIB", "1x1", 60370.8, FORS_NIGHT)
                .raw("FORS2.2024-02-29T20:00:00.000.fits", "FORS2", "BIAS", "CALIB", "1x1", 60369.8, night)
                .file("M.UVES.2024-02-29T20:00:00.000.fits", "master", "UVES")
                .file("ADP.2024-03-05T00:00:00.000.fits", "product", "UVES");
        r.update("INSERT INTO archive.masters (arcfile, instrument, tag, group_key, setup, mjd_obs, night, recipe,"
                + " certified) VALUES ('M.UVES.2024-02-29T20:00:00.000.fits', 'UVES', 'MASTER_BIAS', 'g1', 'RED_580',"
                + " 60369.8, '2024-02-29', 'uves_cal_mbias', true)");
        r.update("INSERT INTO archive.products (arcfile, obs_publisher_did, prodcatg, instrument, science_arcfile)"
                + " VALUES ('ADP.2024-03-05T00:00:00.000.fits', 'ivo://x/ADP1', 'SCIENCE.SPECTRUM', 'UVES', ?)",
                UVES_SCI_1);
        // inserted out of time order, so the series must sort
        r.qc("UVES.2024-02-29T20:00:00.000.fits", "bias_level", "UVES", "RED_580", 60369.8, 150.2, 150.0, 148.0, 152.0, "OK")
                .qc("UVES.2024-02-27T20:00:00.000.fits", "bias_level", "UVES", "RED_580", 60367.8, 150.5, 150.0, 148.0, 152.0, "OK")
                .qc("UVES.2024-02-28T20:00:00.000.fits", "bias_level", "UVES", "RED_580", 60368.8, 153.1, 150.0, 148.0, 152.0, "WARNING")
                .qc("UVES.2024-02-29T20:00:00.000.fits", "resolving_power", "UVES", "RED_580", 60369.8, 30000, 40000.0, 38000.0, 42000.0, "OUT")
                .qc("FORS2.2024-03-01T20:00:00.000.fits", "bias_level", "FORS2", "1x1", 60370.8, 201.0, 200.0, 199.5, 200.5, "WARNING")
                .qc("FORS2.2024-02-29T20:00:00.000.fits", "bias_level", "FORS2", "1x1", 60369.8, 200.1, 200.0, 199.5, 200.5, "OK")
                .qc("FORS2.2024-03-01T20:00:00.000.fits", "gain", "FORS2", "1x1", 60370.8, 1.25, null, null, null, "NA");
        r.association(UVES_SCI_1, "BIAS", "M.UVES.2024-02-29T20:00:00.000.fits", "CHOSEN", null)
                .association(UVES_SCI_1, "ARC", null, "ABSENT", "no ARC needed in RED_580")
                .association(UVES_SCI_2, "BIAS", "M.UVES.2024-02-29T20:00:00.000.fits", "CHOSEN", null)
                .association(UVES_SCI_2, "FLAT", null, "MISSING", "no FLAT for RED_580 within 7 days")
                .association(FORS_SCI, "BIAS", "FORS2.2024-03-01T20:00:00.000.fits", "CHOSEN", null);
        LocalDateTime t = LocalDateTime.of(2024, 3, 1, 10, 0);
        r.item("a1", "uves1.fits", UVES_SCI_1, "UVES", "publish", "DONE", null, null, t, t.plusMinutes(5))
                .item("a2", "uves2.fits", UVES_SCI_2, "UVES", "qc", "WAITING", "CALIB_MISSING",
                        "no FLAT for RED_580 within 7 days", t.plusMinutes(1), t.plusMinutes(6))
                .item("a3", "uves3.fits", UVES_SCI_3, "UVES", "classify", "ACTIVE", null, null,
                        t.plusMinutes(2), t.plusMinutes(2))
                .item("a4", "fors.fits", FORS_SCI, "FORS2", "publish", "DONE", null, null,
                        t.plusMinutes(3), t.plusMinutes(7))
                .item("a5", "junk.fits", null, null, "land", "QUARANTINED", "MISSING_KEYWORD", SCRIPT,
                        t.plusMinutes(4), t.plusMinutes(4))
                .item("a6", "fors-bad.fits", "FORS2.2024-03-02T02:00:00.000.fits", "FORS2", "validate",
                        "QUARANTINED", "WRONG_TYPE", "DPR.TYPE is not a string", t.plusMinutes(8), t.plusMinutes(8));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
