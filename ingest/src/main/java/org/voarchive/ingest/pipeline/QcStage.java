package org.voarchive.ingest.pipeline;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.voarchive.ingest.catalog.RawFrame;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.qc.QcMeasurer;

/**
 * Measures QC1 parameters on a raw calibration frame's pixels and scores each against its reference
 * for the same instrument and setup (the earlier values of the series, or the nominal value while the
 * series is short), then records the scored values as the next points of the series.
 *
 * <p>A calibration frame's own work ends here: masters are made from complete groups by the
 * {@link MasterMaker}. Science frames go on to association.
 */
public final class QcStage implements Stage {

    private final QcRecorder recorder;

    public QcStage(QcRecorder recorder) {
        this.recorder = recorder;
    }

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
        recorder.record(c, raw.arcfile(), raw.instrument(), raw.tag(), raw.setup(), raw.mjdObs(), raw.night(), measured);
        return Outcome.DONE;
    }
}
