package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voarchive.ingest.frame.Keywords;

class GroupAndProcessRuleTest {

    private final InstrumentRules uves = Fixtures.RULES.require("UVES");
    private final InstrumentRules hawki = Fixtures.RULES.require("HAWKI");

    @Test
    void biasFramesGroupByTemplateStart() {
        Keywords bias = Fixtures.uves("CALIB", "BIAS", "IMAGE", 2).with("TPL.START", "2024-03-11T18:00:00");
        assertEquals("BIAS_RED|TPL.START=2024-03-11T18:00:00", uves.groupKey("BIAS_RED", bias));
        Keywords nextTemplate = bias.with("TPL.START", "2024-03-11T18:30:00");
        assertFalse(uves.groupKey("BIAS_RED", bias).equals(uves.groupKey("BIAS_RED", nextTemplate)));
    }

    @Test
    void hawkiTwilightFlatsGroupByTemplateReadOutAndFilters() {
        Keywords flat = Fixtures.hawki("CALIB", "FLAT", "IMAGE");
        assertEquals("FLAT_TWILIGHT|TPL.START=2024-03-12T01:00:00|DET.NCORRS.NAME=Double|DET.DIT=10.|DET.NDIT=6"
                + "|INS.FILT1.NAME=Ks|INS.FILT2.NAME=OPEN", hawki.groupKey("FLAT_TWILIGHT", flat));
        assertFalse(hawki.groupKey("FLAT_TWILIGHT", flat)
                .equals(hawki.groupKey("FLAT_TWILIGHT", flat.with("INS.FILT1.NAME", "J"))));
    }

    @Test
    void minimumGroupSizesFollowTheRules() {
        assertEquals(3, uves.groupRule("BIAS_BLUE").orElseThrow().minFrames());
        assertEquals(3, uves.groupRule("FLAT_RED").orElseThrow().minFrames());
        assertEquals(3, hawki.groupRule("DARK").orElseThrow().minFrames());
        GroupRule twilight = hawki.groupRule("FLAT_TWILIGHT").orElseThrow();
        assertEquals(5, twilight.minFrames());
        assertFalse(twilight.isComplete(4));
        assertTrue(twilight.isComplete(5));
    }

    @Test
    void groupingAFrameWithoutAGroupKeyOrATagWithoutARuleFails() {
        Keywords noTemplate = Keywords.of(Map.of("DET.CHIPS", 2L));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> uves.groupKey("BIAS_RED", noTemplate));
        assertTrue(e.getMessage().contains("TPL.START"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> uves.groupKey("ARC_LAMP_RED", Fixtures.uvesRedScience()));
        assertTrue(e.getMessage().contains("ARC_LAMP_RED"), e.getMessage());
    }

    @Test
    void processRulesNameEsoRecipesAndProducts() {
        assertEquals(Optional.of(new ProcessRule("BIAS_RED", "uves_cal_mbias", "MASTER_BIAS_RED", ProductType.MASTER)),
                uves.processRule("BIAS_RED"));
        assertEquals("MASTER_BIAS_BLUE", uves.processRule("BIAS_BLUE").orElseThrow().productTag());
        assertEquals("MASTER_DARK_RED", uves.processRule("DARK_RED").orElseThrow().productTag());
        assertEquals(new ProcessRule("FLAT_BLUE", "uves_cal_mkmaster", "MASTER_FLAT_BLUE", ProductType.MASTER),
                uves.processRule("FLAT_BLUE").orElseThrow());
        ProcessRule science = uves.processRule("SCIENCE_RED").orElseThrow();
        assertEquals("uves_obs_scired", science.recipe());
        assertEquals(ProductType.SPECTRUM, science.productType());
        assertEquals(new ProcessRule("DARK", "hawki_dark_combine", "MASTER_DARK", ProductType.MASTER),
                hawki.processRule("DARK").orElseThrow());
        assertEquals(new ProcessRule("FLAT_TWILIGHT", "hawki_twilight_flat_combine", "MASTER_TWILIGHT_FLAT",
                ProductType.MASTER), hawki.processRule("FLAT_TWILIGHT").orElseThrow());
        ProcessRule object = hawki.processRule("OBJECT").orElseThrow();
        assertEquals("hawki_science_process", object.recipe());
        assertEquals(ProductType.IMAGE, object.productType());
        assertTrue(uves.processRule("ARC_LAMP_RED").isEmpty());
    }
}
