package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voarchive.ingest.frame.Keywords;

class AssociationTreeTest {

    static final double T = Fixtures.SCIENCE_MJD;
    static final Keywords BIAS = Fixtures.uves("CALIB", "BIAS", "IMAGE", 2);
    static final Keywords FLAT = Fixtures.uves("CALIB", "LAMP,FLAT", "ECHELLE", 2);
    static final Candidate SCIENCE = Fixtures.raw("UVES.2024-03-12T03:13:15.744.fits", "SCIENCE_RED",
            Fixtures.uvesRedScience(), T);

    /** The flat is half a day after the science; one bias suits the science best, another the flat. */
    static List<Candidate> calibrations() {
        List<Candidate> all = new ArrayList<>();
        all.add(Fixtures.master("M_BIAS_RED.before.fits", "MASTER_BIAS_RED", BIAS, T - 0.6, true));
        all.add(Fixtures.master("M_BIAS_RED.after.fits", "MASTER_BIAS_RED", BIAS, T + 1.3, true));
        all.add(Fixtures.master("M_FLAT_RED.fits", "MASTER_FLAT_RED", FLAT, T + 0.5, true));
        all.add(Fixtures.raw("UVES.2024-03-12T10:00:00.000.fits", "ARC_LAMP_RED",
                Fixtures.uves("CALIB", "LAMP,WAVE", "ECHELLE", 2), T + 0.28));
        return all;
    }

    @Test
    void theCascadeRunsFromScienceThroughTheMasterFlatToItsBias() {
        AssociationTree tree = new Associator(Fixtures.RULES).tree("UVES", SCIENCE,
                Fixtures.catalog("UVES", calibrations()));
        assertEquals(3, tree.depth());
        assertTrue(tree.complete());
        AssociationNode root = tree.root();
        assertEquals(AssociationNode.Status.ROOT, root.status());
        assertEquals(List.of("MASTER_BIAS_RED", "MASTER_FLAT_RED", "ARC_LAMP_RED", "STANDARD_RED"),
                root.children().stream().map(AssociationNode::tag).toList());
        assertEquals("M_BIAS_RED.before.fits", root.children().get(0).id().orElseThrow());

        AssociationNode flat = root.children().get(1);
        assertEquals(Candidate.Kind.MASTER, flat.kind().orElseThrow());
        assertTrue(flat.certified());
        assertEquals(0.5, flat.deltaMjd(), 1e-9);
        AssociationNode flatBias = flat.children().get(0);
        assertEquals("M_BIAS_RED.after.fits", flatBias.id().orElseThrow());
        assertEquals(0.8, flatBias.deltaMjd(), 1e-9);
        assertEquals(AssociationNode.Status.OPTIONAL_ABSENT, flat.children().get(1).status());
        assertEquals("ORDER_FLAT_RED", flat.children().get(1).tag());

        AssociationNode standard = root.children().get(3);
        assertEquals(AssociationNode.Status.OPTIONAL_ABSENT, standard.status());
        assertTrue(standard.id().isEmpty());
        assertTrue(Double.isNaN(standard.deltaMjd()));
    }

    @Test
    void aMissingBiasBelowTheFlatMakesTheTreeIncomplete() {
        List<Candidate> all = calibrations();
        all.removeIf(c -> c.id().equals("M_BIAS_RED.after.fits"));
        all.add(Fixtures.master("M_BIAS_RED.binned.fits", "MASTER_BIAS_RED", BIAS.with("DET.WIN1.BINX", 1L),
                T + 1.3, true));
        all.removeIf(c -> c.id().equals("M_BIAS_RED.before.fits"));
        all.add(Fixtures.master("M_BIAS_RED.early.fits", "MASTER_BIAS_RED", BIAS, T - 6.8, false));
        AssociationTree tree = new Associator(Fixtures.RULES).tree("UVES", SCIENCE, Fixtures.catalog("UVES", all));
        assertTrue(tree.root().children().get(0).complete());
        assertFalse(tree.complete());
        List<AssociationNode> missing = tree.missing();
        assertEquals(1, missing.size());
        assertEquals("MASTER_BIAS_RED", missing.get(0).tag());
        assertTrue(missing.get(0).reason().contains("DET.WIN1.BINX 1 vs 2"), missing.get(0).reason());
    }

    @Test
    void cyclicRulesStopAtACalibrationAlreadyOnThePath() {
        String text = """
                <rules instrument="TEST">
                  <classify tag="A" category="CALIB"><when key="DPR.TYPE" equals="A"/></classify>
                  <classify tag="B" category="CALIB"><when key="DPR.TYPE" equals="B"/></classify>
                  <associate tags="A"><need tag="B" min="1" max="1" best-days="1" max-days="2"/></associate>
                  <associate tags="B"><need tag="A" min="1" max="1" best-days="1" max-days="2"/></associate>
                </rules>
                """;
        InstrumentRules rules = RuleFileParser.parse("TEST.rules.xml",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Keywords none = Keywords.of(Map.of());
        Candidate a = Fixtures.raw("a", "A", none, T);
        Candidate b = Fixtures.raw("b", "B", none, T + 0.1);
        AssociationTree tree = new Associator(new RuleBook(List.of(rules)))
                .tree("TEST", a, Fixtures.catalog("TEST", List.of(a, b)));
        AssociationNode nodeB = tree.root().children().get(0);
        assertEquals("b", nodeB.id().orElseThrow());
        AssociationNode backToA = nodeB.children().get(0);
        assertEquals(AssociationNode.Status.CYCLE, backToA.status());
        assertTrue(backToA.children().isEmpty());
        assertEquals(3, tree.depth());
    }
}
