package org.voarchive.ingest.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QcScorerTest {

    private final QcThresholds uves = QcThresholds.forInstrument("UVES");

    private QcParameter ron() {
        return uves.find("BIAS_BLUE", "QC.RON").orElseThrow();
    }

    @Test
    void nominalValuesAreOkFarValuesOutAndTheBandAWarning() {
        assertEquals(Verdict.OK, QcScorer.score(ron(), 3.1, List.of()).verdict());
        assertEquals(Verdict.WARNING, QcScorer.score(ron(), 3.85, List.of()).verdict());
        assertEquals(Verdict.OUT, QcScorer.score(ron(), 9, List.of()).verdict());
        assertEquals(Verdict.OUT, QcScorer.score(ron(), 1.5, List.of()).verdict());
        QcScore score = QcScorer.score(ron(), 3.1, List.of());
        assertEquals(3, score.reference(), 0);
        assertEquals(2, score.low(), 0);
        assertEquals(4, score.high(), 0);
    }

    @Test
    void theMedianReferenceComesFromHistoryOnceItIsLongEnough() {
        QcParameter level = uves.find("BIAS_RED", "QC.BIAS.LEVEL2").orElseThrow();
        assertEquals(185, QcScorer.score(level, 200, List.of(210.0, 212.0)).reference(), 0, "too short: nominal");
        QcScore score = QcScorer.score(level, 200, List.of(100.0, 208.0, 210.0, 212.0, 209.0));
        assertEquals(209, score.reference(), 1e-9);
        assertEquals(Verdict.OK, score.verdict());
    }

    @Test
    void sigmaThresholdsUseTheScatterOfHistory() throws Exception {
        String xml = "<qc instrument='X'><parameter tag='FLAT' name='QC.FLAT.LEVEL' reference='MEAN' window='5'"
                + " nominal='1000' threshold='SIGMA' width='3' sigma='50'/></qc>";
        QcParameter p = QcThresholds.parse("X", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .find("FLAT_RED", "QC.FLAT.LEVEL").orElseThrow();
        assertEquals(Verdict.OK, QcScorer.score(p, 1100, List.of()).verdict(), "nominal sigma 50: within 3 sigma");
        QcScore tight = QcScorer.score(p, 1100, List.of(1000.0, 1010.0, 990.0, 1000.0));
        assertEquals(Verdict.OUT, tight.verdict(), "history scatter of 8 makes 1100 far out");
        assertEquals(1000, tight.reference(), 1e-9);
    }

    @Test
    void percentThresholdsAndRollUp() {
        QcParameter nlines = uves.find("ARC_LAMP_RED", "QC.NLINES").orElseThrow();
        assertEquals(Verdict.OUT, QcScorer.score(nlines, 10, List.of()).verdict());
        List<QcScore> scores = uves.score("BIAS_BLUE", Map.of("QC.RON", 3.0, "QC.BIAS.LEVEL", 216.0, "QC.UNKNOWN", 1.0), Map.of());
        assertEquals(Verdict.WARNING, QcScore.worst(scores));
        assertEquals(Verdict.NA, Verdict.worst(List.of(Verdict.NA)));
        assertEquals(Verdict.NA, QcScorer.score(ron(), Double.NaN, List.of()).verdict());
    }

    @Test
    void hawkiThresholdsAreLoadedAndBadDefinitionsRefused() {
        assertEquals(Verdict.OK, QcScorer.score(QcThresholds.forInstrument("HAWK-I").find("DARK", "QC.RON4").orElseThrow(),
                8, List.of()).verdict());
        assertThrows(IllegalArgumentException.class, () -> QcThresholds.forInstrument("NOSUCH"));
        String bad = "<qc><parameter tag='BIAS' name='QC.RON' reference='MEDIAN' nominal='3' threshold='VAL' low='2' high='4'/></qc>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                QcThresholds.parse("X", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertEquals(true, e.getMessage().contains("window"), e.getMessage());
    }
}
