package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voarchive.ingest.catalog.QcRepository;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.qc.QcMeasurer;
import org.voarchive.ingest.qc.QcScore;
import org.voarchive.ingest.qc.QcThresholds;

/**
 * Measures QC1 parameters on a raw calibration frame's pixels and scores each against its reference
 * for the same instrument and setup (the earlier values of the series, or the nominal value while the
 * series is short), then records the scored values as the next points of the series.
 *
 * <p>A calibration frame's own work ends here: masters are made from complete groups by the
 * {@link MasterMaker}. Science frames go on to association.
 */
public final class QcStage implements Stage {

    /** Earlier values read for a reference; thresholds use at most their own window of them. */
    private static final int HISTORY = 30;

    private final Map<String, QcThresholds> thresholds = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "qc";
    }

    @Override
    public boolean checkpointed() {
        return false;
    }

    @Override
    public Outcome run(FrameContext frame, Connection c) throws Rejection, SQLException, IOException {
        RawFrame raw = frame.raw(c);
        if (raw.category().equals("SCIENCE")) {
            return Outcome.CONTINUE;
        }
        // the primary header is already read; only the pixels are new
        Map<String, Double> measured = QcMeasurer.measure(raw.tag(), frame.primary(), FitsImages.read(frame.file()));
        Map<String, List<Double>> history = QcRepository.histories(c, raw.instrument(), measured.keySet(), raw.setup(),
                raw.mjdObs(), HISTORY);
        List<QcScore> scores = thresholds.computeIfAbsent(raw.instrument(), QcThresholds::forInstrument)
                .score(raw.tag(), measured, history);
        List<QcRepository.QcRow> rows = new ArrayList<>();
        for (QcScore s : scores) {
            if (Double.isFinite(s.value())) {
                rows.add(new QcRepository.QcRow(raw.arcfile(), s.parameter(), raw.instrument(), raw.tag(), raw.setup(),
                        raw.mjdObs(), raw.night(), s.value(), finite(s.reference()), finite(s.low()), finite(s.high()),
                        s.verdict().name()));
            }
        }
        QcRepository.insert(c, rows);
        return Outcome.DONE;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
