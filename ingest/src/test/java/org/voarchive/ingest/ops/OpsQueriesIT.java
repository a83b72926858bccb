package org.voarchive.ingest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.ingest.ops.ArchiveRows.FORS_NIGHT;
import static org.voarchive.ingest.ops.ArchiveRows.FORS_SCI;
import static org.voarchive.ingest.ops.ArchiveRows.UVES_NIGHT;
import static org.voarchive.ingest.ops.ArchiveRows.UVES_SCI_1;
import static org.voarchive.ingest.ops.ArchiveRows.UVES_SCI_2;
import static org.voarchive.ingest.ops.ArchiveRows.UVES_SCI_3;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.ingest.ops.CompletenessQuery.Status;

class OpsQueriesIT {

    private static TestDatabase db;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.migrated();
        try (Connection c = db.dataSource().getConnection()) {
            ArchiveRows.seed(c);
        }
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void statusCountsEveryStateStageAndInstrument() throws Exception {
        StreamStatus status;
        try (Connection c = db.dataSource().getConnection()) {
            status = StreamStatus.read(c);
        }
        assertEquals(Map.of("ACTIVE", 1L, "WAITING", 1L, "DONE", 2L, "QUARANTINED", 2L), status.byState());
        assertEquals(List.of("ACTIVE", "WAITING", "DONE", "QUARANTINED"), List.copyOf(status.byState().keySet()));
        assertEquals(Map.of("classify", 1L, "land", 1L, "publish", 2L, "qc", 1L, "validate", 1L), status.byStage());
        assertEquals(Map.of("ACTIVE", 1L, "WAITING", 1L, "DONE", 1L, "QUARANTINED", 0L),
                status.byInstrument().get("UVES"));
        assertEquals(Map.of("ACTIVE", 0L, "WAITING", 0L, "DONE", 1L, "QUARANTINED", 1L),
                status.byInstrument().get("FORS2"));
        assertEquals(1L, status.byInstrument().get(StreamStatus.UNKNOWN_INSTRUMENT).get("QUARANTINED"));
        assertEquals(LocalDateTime.of(2024, 3, 1, 10, 8), status.lastLanded().orElseThrow());
        assertEquals(LocalDateTime.of(2024, 3, 1, 10, 8), status.lastUpdated().orElseThrow());
        assertEquals(1, status.masters());
        assertEquals(1, status.certifiedMasters());
        assertEquals(1, status.products());
        assertEquals(List.of("fors-bad.fits", "fors.fits", "uves2.fits", "uves1.fits", "junk.fits", "uves3.fits"),
                status.recent().stream().map(ItemSummary::sourceName).toList());
    }

    @Test
    void quarantineNewestFirstAndFilteredByCode() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            List<ItemSummary> all = QuarantineQuery.quarantined(c, null, 100);
            assertEquals(List.of("WRONG_TYPE", "MISSING_KEYWORD"), all.stream().map(ItemSummary::reasonCode).toList());
            assertEquals("validate", all.get(0).stage());
            assertEquals("FORS2", all.get(0).instrument());
            assertEquals(LocalDateTime.of(2024, 3, 1, 10, 8), all.get(0).landedAt());

            List<ItemSummary> missing = QuarantineQuery.quarantined(c, "MISSING_KEYWORD", 100);
            assertEquals(1, missing.size());
            assertEquals(ArchiveRows.SCRIPT, missing.get(0).reason());
            assertEquals(null, missing.get(0).arcfile());
            assertTrue(QuarantineQuery.quarantined(c, "NO_SUCH_CODE", 100).isEmpty());
            assertEquals(1, QuarantineQuery.quarantined(c, null, 1).size());
            assertEquals(Map.of("WRONG_TYPE", 1L, "MISSING_KEYWORD", 1L), QuarantineQuery.reasonCodes(c));
        }
    }

    @Test
    void waitingItemsCarryTheirMissingCalibrations() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            List<QuarantineQuery.Waiting> waiting = QuarantineQuery.waiting(c, 100);
            assertEquals(1, waiting.size());
            assertEquals(UVES_SCI_2, waiting.get(0).item().arcfile());
            assertEquals("CALIB_MISSING", waiting.get(0).item().reasonCode());
            assertEquals(List.of(new Missing("FLAT", "no FLAT for RED_580 within 7 days")), waiting.get(0).missing());
        }
    }

    @Test
    void qcRollsUpTheWorstLatestScorePerInstrument() throws Exception {
        List<QcQuery.InstrumentQc> qc;
        try (Connection c = db.dataSource().getConnection()) {
            qc = QcQuery.overview(c);
        }
        assertEquals(List.of("FORS2", "UVES"), qc.stream().map(QcQuery.InstrumentQc::instrument).toList());
        QcQuery.InstrumentQc fors = qc.get(0);
        QcQuery.InstrumentQc uves = qc.get(1);
        assertEquals(Score.WARNING, fors.verdict(), "WARNING beats OK and NA");
        assertEquals(Score.OUT, uves.verdict(), "OUT beats OK");
        assertEquals(List.of("bias_level", "gain"), fors.parameters());
        assertEquals(List.of("RED_580"), uves.setups());
        QcQuery.Latest bias = uves.latest().get(0);
        assertEquals("bias_level", bias.parameter());
        assertEquals(Score.OK, bias.point().score(), "the latest value is OK although an earlier one warned");
        assertEquals(60369.8, bias.point().mjdObs());
        assertEquals(3, bias.measurements());
        assertEquals(Score.NA, fors.latest().get(1).point().score());
        assertEquals(null, fors.latest().get(1).point().reference());
    }

    @Test
    void seriesIsInTimeOrderWithThresholds() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            List<QcPoint> series = QcQuery.series(c, "UVES", "bias_level", "RED_580");
            assertEquals(List.of(60367.8, 60368.8, 60369.8), series.stream().map(QcPoint::mjdObs).toList());
            assertEquals(List.of(Score.OK, Score.WARNING, Score.OK), series.stream().map(QcPoint::score).toList());
            assertEquals(153.1, series.get(1).value());
            assertEquals(148.0, series.get(1).low());
            assertEquals(152.0, series.get(1).high());
            assertEquals("UVES.2024-02-28T20:00:00.000.fits", series.get(1).arcfile());
            assertTrue(QcQuery.series(c, "UVES", "bias_level", "BLUE_390").isEmpty());
        }
    }

    @Test
    void completenessJudgesEveryScienceFrame() throws Exception {
        List<CompletenessQuery.Night> nights;
        try (Connection c = db.dataSource().getConnection()) {
            nights = CompletenessQuery.recent(c, 10);
        }
        assertEquals(List.of(FORS_NIGHT, UVES_NIGHT), nights.stream().map(CompletenessQuery.Night::night).toList());
        CompletenessQuery.Night uves = nights.get(1);
        assertEquals(List.of("BLUE_390", "RED_580"), uves.groups().stream().map(CompletenessQuery.Group::setup).toList());
        List<CompletenessQuery.Frame> red = uves.groups().get(1).frames();
        assertEquals(List.of(UVES_SCI_1, UVES_SCI_2), red.stream().map(CompletenessQuery.Frame::arcfile).toList());
        assertEquals(Status.COMPLETE, red.get(0).status(), "CHOSEN and ABSENT make a frame complete");
        assertEquals(Status.INCOMPLETE, red.get(1).status());
        assertEquals(List.of(new Missing("FLAT", "no FLAT for RED_580 within 7 days")), red.get(1).missing());
        CompletenessQuery.Frame blue = uves.groups().get(0).frames().get(0);
        assertEquals(UVES_SCI_3, blue.arcfile());
        assertEquals(Status.PENDING, blue.status());
        assertEquals(Map.of(Status.COMPLETE, 1, Status.INCOMPLETE, 1, Status.PENDING, 1), uves.totals());
        assertEquals(Map.of(Status.COMPLETE, 1, Status.INCOMPLETE, 0, Status.PENDING, 0), nights.get(0).totals());
        assertEquals(FORS_SCI, nights.get(0).groups().get(0).frames().get(0).arcfile());
    }

    @Test
    void completenessOfOneNightAndOfAnEmptyNight() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            CompletenessQuery.Night fors = CompletenessQuery.night(c, FORS_NIGHT);
            assertEquals(1, fors.groups().size());
            assertEquals("FORS2", fors.groups().get(0).instrument());
            assertEquals(1, CompletenessQuery.recent(c, 1).size());
            CompletenessQuery.Night empty = CompletenessQuery.night(c, LocalDate.of(2020, 1, 1));
            assertTrue(empty.groups().isEmpty());
            assertEquals(0, empty.totals().get(Status.PENDING));
        }
    }
}
