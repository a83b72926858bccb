package org.voarchive.ingest.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voarchive.ingest.catalog.QcRepository;
import org.voarchive.ingest.qc.QcScore;
import org.voarchive.ingest.qc.QcThresholds;

/**
 * Scores measured QC1 values against their references for the same instrument and setup (the earlier
 * values of each series, or the nominal value while a series is short) and records them as the next
 * points of those series. Raw calibration frames and masters are scored the same way.
 */
public final class QcRecorder {

    /** Earlier values read for a reference; thresholds use at most their own window of them. */
    private static final int HISTORY = 30;

    private final Map<String, QcThresholds> thresholds = new ConcurrentHashMap<>();

    /** Scores and records the finite values of {@code measured}, taken on {@code arcfile} at {@code mjd}. */
    void record(Connection c, String arcfile, String instrument, String tag, String setup, double mjd, LocalDate night,
                Map<String, Double> measured) throws SQLException {
        Map<String, List<Double>> history = QcRepository.histories(c, instrument, measured.keySet(), setup, mjd, HISTORY);
        List<QcRepository.QcRow> rows = new ArrayList<>();
        for (QcScore s : thresholds.computeIfAbsent(instrument, QcThresholds::forInstrument).score(tag, measured, history)) {
            if (Double.isFinite(s.value())) {
                rows.add(new QcRepository.QcRow(arcfile, s.parameter(), instrument, tag, setup, mjd, night, s.value(),
                        finite(s.reference()), finite(s.low()), finite(s.high()), s.verdict().name()));
            }
        }
        QcRepository.insert(c, rows);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
