package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.voarchive.ingest.catalog.FileRepository;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.catalog.RawFrameRepository;
import org.voarchive.ingest.catalog.StoredFile;
import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.rules.Category;
import org.voarchive.ingest.rules.Classification;
import org.voarchive.ingest.rules.InstrumentRules;
import org.voarchive.ingest.rules.ObservingNight;
import org.voarchive.ingest.rules.RuleBook;

/**
 * Gives the frame its tag by the instrument's rules (DPR CATG/TYPE/TECH and the arm), and records it:
 * the stored file with its release date, the raw-frame row and every keyword of every HDU.
 *
 * <p>The programme owns the data: science frames become public after the programme's proprietary
 * period, counted from the observation; calibrations are public at once, as at ESO.
 */
public final class ClassifyStage implements Stage {

    private final RuleBook rules;
    private final int defaultProprietaryMonths;

    public ClassifyStage(RuleBook rules, int defaultProprietaryMonths) {
        this.rules = rules;
        this.defaultProprietaryMonths = defaultProprietaryMonths;
    }

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public boolean checkpointed() {
        return false;
    }

    @Override
    public Outcome run(FrameContext frame, Connection c) throws Rejection, SQLException, IOException {
        Keywords k = frame.primary();
        Classification cls = rules.classify(k).orElseThrow(() -> new Rejection("UNCLASSIFIED",
                "no classification rule of " + k.text("INSTRUME").orElse("?").strip() + " matches DPR "
                        + k.text("DPR.CATG").orElse("?") + "/" + k.text("DPR.TYPE").orElse("?") + "/"
                        + k.text("DPR.TECH").orElse("?")));
        InstrumentRules instrument = rules.require(cls.instrument());
        double mjd = k.number("MJD-OBS").orElseThrow();
        LocalDateTime dateObs = LocalDateTime.parse(k.text("DATE-OBS").orElseThrow().strip());
        String progId = k.text("OBS.PROG.ID").map(String::strip).orElse(null);
        boolean science = cls.category() == Category.SCIENCE;
        LocalDateTime release = science && progId != null
                ? dateObs.plusMonths(proprietaryMonths(c, progId, k.text("PI-COI").map(String::strip).orElse(null)))
                : dateObs;
        String groupKey = instrument.groupRule(cls.tag()).isPresent() ? instrument.groupKey(cls.tag(), k) : null;
        FileRepository.insert(c, new StoredFile(frame.arcfile(), "raw", cls.instrument(), frame.item().sha256(),
                Files.size(frame.file()), "application/fits", frame.item().storePath(),
                k.text("ORIGFILE").map(String::strip).orElse(frame.item().sourceName()), progId, release));
        RawFrame raw = new RawFrame(frame.arcfile(), cls.instrument(), cls.tag(), cls.category().name(),
                trimmed(k, "DPR.CATG"), trimmed(k, "DPR.TYPE"), trimmed(k, "DPR.TECH"), trimmed(k, "OBJECT"),
                k.number("RA").orElse(null), k.number("DEC").orElse(null), mjd, dateObs, ObservingNight.of(mjd),
                k.number("EXPTIME").orElse(null), progId, k.number("OBS.ID").map(Double::longValue).orElse(null),
                trimmed(k, "TPL.START"), k.number("TPL.NEXP").map(Double::intValue).orElse(null),
                SetupName.of(cls.instrument(), cls.tag(), k), groupKey);
        RawFrameRepository.insert(c, raw);
        FileRepository.insertKeywords(c, frame.arcfile(), frame.headers());
        frame.classified(raw);
        return Outcome.CONTINUE;
    }

    /** The programme's proprietary period, registering a programme seen for the first time with the default. */
    private int proprietaryMonths(Connection c, String progId, String pi) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO archive.programs (prog_id, pi, proprietary_months) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, progId);
            s.setString(2, pi);
            s.setInt(3, defaultProprietaryMonths);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT proprietary_months FROM archive.programs WHERE prog_id = ?")) {
            s.setString(1, progId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String trimmed(Keywords k, String key) {
        return Optional.of(key).flatMap(k::text).map(String::strip).orElse(null);
    }
}
