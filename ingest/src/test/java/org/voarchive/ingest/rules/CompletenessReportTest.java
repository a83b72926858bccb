package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voarchive.ingest.frame.Keywords;

class CompletenessReportTest {

    private static final double T = Fixtures.SCIENCE_MJD;

    @Test
    void theNightStartsAtNoonUtc() {
        assertEquals(LocalDate.of(2024, 3, 11), ObservingNight.of(60381.1342));
        assertEquals(LocalDate.of(2024, 3, 11), ObservingNight.of(60380.5));
        assertEquals(LocalDate.of(2024, 3, 10), ObservingNight.of(60380.4999));
        assertEquals(LocalDate.of(2024, 3, 12), ObservingNight.of(60381.6));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachSetupOfTheNightIsCompleteOrNamesWhatIsMissing() {
        Keywords at580 = Fixtures.uvesRedScience();
        Keywords at564 = at580.with("INS.GRAT2.WLEN", 564.0);
        List<ScienceFrame> frames = List.of(
                new ScienceFrame("UVES.2024-03-12T03:13:15.744.fits", "SCIENCE_RED", at580, T),
                new ScienceFrame("UVES.2024-03-12T03:45:00.000.fits", "SCIENCE_RED", at580, T + 0.022),
                new ScienceFrame("UVES.2024-03-12T05:00:00.000.fits", "SCIENCE_RED", at564, T + 0.075));
        List<Candidate> calibrations = AssociationTreeTest.calibrations();
        CompletenessReport report = CompletenessReport.build(Fixtures.RULES.require("UVES"), frames,
                Fixtures.catalog("UVES", calibrations));

        assertEquals(2, report.rows().size());
        assertFalse(report.complete());
        CompletenessRow incomplete = report.rows().get(0);
        CompletenessRow complete = report.rows().get(1);
        assertEquals("564.", incomplete.setup().get("INS.GRAT2.WLEN"));
        assertEquals(CompletenessRow.Status.INCOMPLETE, incomplete.status());
        assertEquals(List.of("UVES.2024-03-12T05:00:00.000.fits"), incomplete.frames());
        assertEquals(List.of("MASTER_BIAS_RED"), incomplete.satisfied());
        assertEquals(List.of("MASTER_FLAT_RED", "ARC_LAMP_RED"), List.copyOf(incomplete.missing().keySet()));
        assertTrue(incomplete.missing().get("MASTER_FLAT_RED").contains("INS.GRAT2.WLEN 580. vs 564."),
                incomplete.missing().get("MASTER_FLAT_RED"));

        assertEquals(CompletenessRow.Status.COMPLETE, complete.status());
        assertEquals(LocalDate.of(2024, 3, 11), complete.night());
        assertEquals(2, complete.frames().size());
        assertEquals(List.of("MASTER_BIAS_RED", "MASTER_FLAT_RED", "ARC_LAMP_RED"), complete.satisfied());
        assertEquals(List.of("STANDARD_RED"), complete.optionalAbsent());
        assertTrue(complete.missing().isEmpty());

        String text = report.toText();
        assertTrue(text.contains("2024-03-11  UVES        SCIENCE_RED          2  COMPLETE"), text);
        assertTrue(text.contains("MISSING ARC_LAMP_RED: UVES.2024-03-12T05:00:00.000.fits: no ARC_LAMP_RED"), text);

        Map<String, Object> map = report.toMap();
        assertEquals(false, map.get("complete"));
        Map<String, Object> first = ((List<Map<String, Object>>) map.get("rows")).get(0);
        assertEquals("INCOMPLETE", first.get("status"));
        assertEquals("2024-03-11", first.get("night"));
        assertEquals("MASTER_FLAT_RED", ((List<Map<String, String>>) first.get("missing")).get(0).get("need"));
    }

    @Test
    void framesOfTwoNightsFormTwoRows() {
        Keywords object = Fixtures.hawki("SCIENCE", "OBJECT", "IMAGE,JITTER");
        List<Candidate> calibrations = List.of(
                Fixtures.master("dark", "MASTER_DARK", Fixtures.hawki("CALIB", "DARK", "IMAGE"), T, true),
                Fixtures.master("flat", "MASTER_TWILIGHT_FLAT", Fixtures.hawki("CALIB", "FLAT", "IMAGE"), T, true));
        CompletenessReport report = CompletenessReport.build(Fixtures.RULES.require("HAWKI"), List.of(
                new ScienceFrame("tonight", "OBJECT", object, T),
                new ScienceFrame("in-ten-days", "OBJECT", object, T + 10)), Fixtures.catalog("HAWKI", calibrations));
        assertEquals(List.of(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 21)),
                report.rows().stream().map(CompletenessRow::night).toList());
        assertEquals(CompletenessRow.Status.COMPLETE, report.rows().get(0).status());
        CompletenessRow later = report.rows().get(1);
        assertEquals(CompletenessRow.Status.INCOMPLETE, later.status());
        assertEquals(List.of("MASTER_TWILIGHT_FLAT"), later.satisfied());
        assertTrue(later.missing().containsKey("MASTER_DARK"));
        assertEquals("Ks", later.setup().get("INS.FILT1.NAME"));
    }
}
