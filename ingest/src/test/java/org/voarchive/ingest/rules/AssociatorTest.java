package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voarchive.ingest.frame.Keywords;

class AssociatorTest {

    private static final double T = Fixtures.SCIENCE_MJD;
    private static final Keywords SCIENCE = Fixtures.uvesRedScience();
    private static final Keywords BIAS = Fixtures.uves("CALIB", "BIAS", "IMAGE", 2);
    private static final Keywords FLAT = Fixtures.uves("CALIB", "LAMP,FLAT", "ECHELLE", 2);
    private static final Keywords ARC = Fixtures.uves("CALIB", "LAMP,WAVE", "ECHELLE", 2);

    private final Associator associator = new Associator(Fixtures.RULES);

    private Association associate(List<Candidate> candidates) {
        return associator.associate("UVES", "SCIENCE_RED", SCIENCE, T, Fixtures.catalog("UVES", candidates));
    }

    private static List<Candidate> fullSet() {
        List<Candidate> all = new ArrayList<>();
        all.add(Fixtures.master("bias-1", "MASTER_BIAS_RED", BIAS, T - 0.6, false));
        all.add(Fixtures.master("flat-1", "MASTER_FLAT_RED", FLAT, T + 0.2, false));
        all.add(Fixtures.raw("arc-1", "ARC_LAMP_RED", ARC, T + 0.25));
        return all;
    }

    private static NeedResult need(Association association, String tag) {
        return association.needs().stream().filter(n -> n.need().tag().equals(tag)).findFirst().orElseThrow();
    }

    private static String chosen(Association association, String tag) {
        return need(association, tag).selected().get(0).candidate().id();
    }

    @Test
    void picksTheNearestMatchingMaster() {
        List<Candidate> all = fullSet();
        all.add(Fixtures.master("bias-near", "MASTER_BIAS_RED", BIAS, T + 0.3, false));
        all.add(Fixtures.master("bias-far", "MASTER_BIAS_RED", BIAS, T - 3, false));
        Association a = associate(all);
        assertEquals("bias-near", chosen(a, "MASTER_BIAS_RED"));
        assertEquals(0.3, need(a, "MASTER_BIAS_RED").selected().get(0).deltaMjd(), 1e-9);
        assertEquals(1, need(a, "MASTER_BIAS_RED").selected().size());
        assertTrue(a.complete());
    }

    @Test
    void rejectsAFlatOfAnotherCentralWavelengthButAcceptsOneWithinTolerance() {
        List<Candidate> all = fullSet();
        all.removeIf(c -> c.id().equals("flat-1"));
        all.add(Fixtures.master("flat-564", "MASTER_FLAT_RED", FLAT.with("INS.GRAT2.WLEN", 564.0), T + 0.05, true));
        Association without = associate(all);
        NeedResult flat = need(without, "MASTER_FLAT_RED");
        assertEquals(NeedStatus.MISSING, flat.status());
        assertTrue(flat.reason().contains("INS.GRAT2.WLEN 564. vs 580."), flat.reason());

        all.add(Fixtures.master("flat-580", "MASTER_FLAT_RED", FLAT.with("INS.GRAT2.WLEN", 580.05), T - 0.9, false));
        assertEquals("flat-580", chosen(associate(all), "MASTER_FLAT_RED"));
    }

    @Test
    void aBiasEightDaysAwayIsOutsideTheWindow() {
        List<Candidate> all = fullSet();
        all.removeIf(c -> c.id().equals("bias-1"));
        all.add(Fixtures.master("bias-old", "MASTER_BIAS_RED", BIAS, T - 8, true));
        Association a = associate(all);
        NeedResult bias = need(a, "MASTER_BIAS_RED");
        assertEquals(NeedStatus.MISSING, bias.status());
        assertTrue(bias.selected().isEmpty());
        assertTrue(bias.reason().contains("within ±7 days") && bias.reason().contains("1 outside the window"),
                bias.reason());
        assertFalse(a.complete());
    }

    @Test
    void prefersCertifiedWithinTheBestWindowButNotBeyondIt() {
        List<Candidate> all = fullSet();
        all.add(Fixtures.master("bias-uncertified", "MASTER_BIAS_RED", BIAS, T + 0.1, false));
        all.add(Fixtures.master("bias-certified-far", "MASTER_BIAS_RED", BIAS, T - 3, true));
        assertEquals("bias-uncertified", chosen(associate(all), "MASTER_BIAS_RED"));

        all.add(Fixtures.master("bias-certified", "MASTER_BIAS_RED", BIAS, T - 0.8, true));
        Association a = associate(all);
        assertEquals("bias-certified", chosen(a, "MASTER_BIAS_RED"));
        assertTrue(need(a, "MASTER_BIAS_RED").selected().get(0).candidate().certified());
    }

    @Test
    void anArcIsChosenByTimeAlone() {
        List<Candidate> all = fullSet();
        all.add(new Candidate("arc-certified", "ARC_LAMP_RED", ARC, T - 0.7, true, Candidate.Kind.RAW));
        assertEquals("arc-1", chosen(associate(all), "ARC_LAMP_RED"));
    }

    @Test
    void equalCandidatesResolveByIdWhateverTheCatalogOrder() {
        List<Candidate> all = fullSet();
        all.add(0, Fixtures.master("bias-b", "MASTER_BIAS_RED", BIAS, T + 0.2, false));
        all.add(Fixtures.master("bias-a", "MASTER_BIAS_RED", BIAS, T - 0.2, false));
        assertEquals("bias-a", chosen(associate(all), "MASTER_BIAS_RED"));
        Collections.reverse(all);
        assertEquals("bias-a", chosen(associate(all), "MASTER_BIAS_RED"));
    }

    @Test
    void anAbsentOptionalStandardLeavesTheAssociationComplete() {
        Association a = associate(fullSet());
        NeedResult standard = need(a, "STANDARD_RED");
        assertEquals(NeedStatus.OPTIONAL_ABSENT, standard.status());
        assertTrue(standard.reason().startsWith("no STANDARD_RED"), standard.reason());
        assertTrue(a.complete());
        assertTrue(a.missing().isEmpty());
    }

    @Test
    void aMissingArcMakesItIncompleteWithAReasonNamingTheNeed() {
        List<Candidate> all = fullSet();
        all.removeIf(c -> c.tag().equals("ARC_LAMP_RED"));
        Association a = associate(all);
        assertFalse(a.complete());
        assertEquals(1, a.missing().size());
        NeedResult arc = a.missing().get(0);
        assertEquals("ARC_LAMP_RED", arc.need().tag());
        assertTrue(arc.reason().startsWith("no ARC_LAMP_RED matching DET.WIN1.BINX"), arc.reason());
        assertTrue(arc.reason().contains("INS.GRAT2.WLEN±0.1") && arc.reason().contains("within ±3 days")
                && arc.reason().contains("no candidate at all"), arc.reason());
    }

    @Test
    void aFrameLackingAMatchKeySaysSo() {
        Map<String, Object> values = new HashMap<>(SCIENCE.asMap());
        values.remove("INS.GRAT2.ID");
        Association a = associator.associate("UVES", "SCIENCE_RED", Keywords.of(values), T,
                Fixtures.catalog("UVES", fullSet()));
        assertTrue(need(a, "MASTER_FLAT_RED").reason().contains("the frame lacks INS.GRAT2.ID"),
                need(a, "MASTER_FLAT_RED").reason());
    }

    @Test
    void hawkiScienceNeedsADarkOfItsReadOutAndAFlatOfItsFilters() {
        Keywords object = Fixtures.hawki("SCIENCE", "OBJECT", "IMAGE,JITTER");
        List<Candidate> all = List.of(
                Fixtures.master("dark-dit5", "MASTER_DARK", Fixtures.hawki("CALIB", "DARK", "IMAGE")
                        .with("DET.DIT", 5.0), T + 0.01, true),
                Fixtures.master("dark-dit10", "MASTER_DARK", Fixtures.hawki("CALIB", "DARK", "IMAGE"), T - 2, false),
                Fixtures.master("flat-J", "MASTER_TWILIGHT_FLAT", Fixtures.hawki("CALIB", "FLAT", "IMAGE")
                        .with("INS.FILT1.NAME", "J"), T, true),
                Fixtures.master("flat-Ks", "MASTER_TWILIGHT_FLAT", Fixtures.hawki("CALIB", "FLAT", "IMAGE"),
                        T - 12, false));
        Association a = associator.associate("HAWKI", "OBJECT", object, T, Fixtures.catalog("HAWKI", all));
        assertTrue(a.complete());
        assertEquals("dark-dit10", chosen(a, "MASTER_DARK"));
        assertEquals("flat-Ks", chosen(a, "MASTER_TWILIGHT_FLAT"));
    }

    @Test
    void aMasterNeedsNothingButUnknownTagsAndInstrumentsAreRefused() {
        Association bias = associator.associate("UVES", "MASTER_BIAS_RED", BIAS, T, Fixtures.catalog("UVES", List.of()));
        assertTrue(bias.needs().isEmpty() && bias.complete());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> associator.associate("UVES", "OBJECT", SCIENCE, T, Fixtures.catalog("UVES", List.of())));
        assertTrue(e.getMessage().contains("OBJECT"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> associator.associate("MUSE", "OBJECT", SCIENCE, T, Fixtures.catalog("MUSE", List.of())));
    }

    @Test
    void associatingAgainstAThousandCandidatesIsCheap() {
        List<Candidate> all = new ArrayList<>();
        double[] wavelengths = {520, 564, 580, 600, 760};
        for (int i = 0; i < 1000; i++) {
            double wlen = wavelengths[i % wavelengths.length];
            all.add(Fixtures.master("bias-" + i, "MASTER_BIAS_RED", BIAS, T - 10 + i * 0.02, i % 3 == 0));
            all.add(Fixtures.master("flat-" + i, "MASTER_FLAT_RED", FLAT.with("INS.GRAT2.WLEN", wlen),
                    T - 10 + i * 0.02, i % 2 == 0));
        }
        CalibrationCatalog catalog = Fixtures.catalog("UVES", all);
        List<Candidate> biases = catalog.candidates("UVES", "MASTER_BIAS_RED");
        List<Candidate> flats = catalog.candidates("UVES", "MASTER_FLAT_RED");
        CalibrationCatalog fixed = (i, tag) -> tag.equals("MASTER_BIAS_RED") ? biases
                : tag.equals("MASTER_FLAT_RED") ? flats : List.of();
        for (int warm = 0; warm < 50; warm++) {
            associator.associate("UVES", "SCIENCE_RED", SCIENCE, T, fixed);
        }
        int rounds = 100;
        long start = System.nanoTime();
        Association a = null;
        for (int r = 0; r < rounds; r++) {
            a = associator.associate("UVES", "SCIENCE_RED", SCIENCE, T, fixed);
        }
        double microsPerCandidate = (System.nanoTime() - start) / 1e3 / rounds / 2000;
        assertEquals("bias-501", chosen(a, "MASTER_BIAS_RED"));
        assertTrue(microsPerCandidate < 20, microsPerCandidate + " µs per candidate");
    }
}
