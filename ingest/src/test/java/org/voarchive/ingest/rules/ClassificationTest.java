package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voarchive.ingest.frame.Keywords;

class ClassificationTest {

    @ParameterizedTest(name = "{0}/{1}/{2} chips {3} -> {4}")
    @CsvSource(delimiter = ';', value = {
        "CALIB;BIAS;IMAGE;1;BIAS_BLUE;CALIB",
        "CALIB;BIAS;IMAGE;2;BIAS_RED;CALIB",
        "CALIB;DARK;IMAGE;1;DARK_BLUE;CALIB",
        "CALIB;DARK;IMAGE;2;DARK_RED;CALIB",
        "CALIB;LAMP,FLAT;ECHELLE;1;FLAT_BLUE;CALIB",
        "CALIB;LAMP,DFLAT;ECHELLE;2;FLAT_RED;CALIB",
        "CALIB;LAMP,WAVE;ECHELLE;1;ARC_LAMP_BLUE;CALIB",
        "CALIB;LAMP,WAVE;ECHELLE;2;ARC_LAMP_RED;CALIB",
        "CALIB;LAMP,ORDERDEF;ECHELLE;1;ORDER_FLAT_BLUE;CALIB",
        "CALIB;LAMP,ORDERDEF;ECHELLE;2;ORDER_FLAT_RED;CALIB",
        "CALIB;LAMP,FMTCHK;ECHELLE;1;ARC_LAMP_FORM_BLUE;CALIB",
        "CALIB;LAMP,FMTCHK;ECHELLE;2;ARC_LAMP_FORM_RED;CALIB",
        "CALIB;STD;ECHELLE;1;STANDARD_BLUE;CALIB",
        "CALIB;STD;ECHELLE;2;STANDARD_RED;CALIB",
        "SCIENCE;OBJECT;ECHELLE;1;SCIENCE_BLUE;SCIENCE",
        "SCIENCE;OBJECT,POINT;ECHELLE;2;SCIENCE_RED;SCIENCE",
        "SCIENCE;OBJECT,EXTENDED;ECHELLE;2;SCIENCE_RED;SCIENCE",
    })
    void classifiesEveryUvesTag(String catg, String type, String tech, int chips, String tag, Category category) {
        Optional<Classification> c = Fixtures.RULES.classify(Fixtures.uves(catg, type, tech, chips));
        assertEquals(Optional.of(new Classification(tag, category, "UVES")), c);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource(delimiter = ';', value = {
        "CALIB;DARK;IMAGE;DARK;CALIB",
        "CALIB;FLAT;IMAGE;FLAT_TWILIGHT;CALIB",
        "CALIB;STD;IMAGE,JITTER;STD;CALIB",
        "SCIENCE;OBJECT;IMAGE,JITTER;OBJECT;SCIENCE",
        "SCIENCE;SKY;IMAGE,JITTER;SKY;SCIENCE",
    })
    void classifiesEveryHawkiTag(String catg, String type, String tech, String tag, Category category) {
        Optional<Classification> c = Fixtures.RULES.classify(Fixtures.hawki(catg, type, tech));
        assertEquals(Optional.of(new Classification(tag, category, "HAWKI")), c);
    }

    @Test
    void aFrameOfAnotherInstrumentHasNoTag() {
        Keywords muse = Fixtures.uves("CALIB", "BIAS", "IMAGE", 1).with("INSTRUME", "MUSE");
        assertTrue(Fixtures.RULES.classify(muse).isEmpty());
    }

    @Test
    void aFrameWithoutTheArmOrWithATypeNoRuleKnowsHasNoTag() {
        Map<String, Object> withoutChips = new HashMap<>(Fixtures.uves("CALIB", "BIAS", "IMAGE", 2).asMap());
        withoutChips.remove("DET.CHIPS");
        Keywords noChips = Keywords.of(withoutChips);
        assertTrue(Fixtures.RULES.classify(noChips).isEmpty());
        assertTrue(Fixtures.RULES.classify(Fixtures.uves("CALIB", "LAMP,FLAT", "ECHELLE", 3)).isEmpty());
        assertTrue(Fixtures.RULES.classify(Fixtures.hawki("TEST", "DARK", "IMAGE")).isEmpty());
    }

    @Test
    void aNumberWrittenAsAStringDoesNotPassANumericCondition() {
        Keywords quoted = Fixtures.uves("CALIB", "BIAS", "IMAGE", 2).with("DET.CHIPS", "2");
        assertTrue(Fixtures.RULES.classify(quoted).isEmpty());
        Keywords real = Fixtures.uves("CALIB", "BIAS", "IMAGE", 2).with("DET.CHIPS", 2.0);
        assertEquals("BIAS_RED", Fixtures.RULES.classify(real).orElseThrow().tag());
    }

    @Test
    void unknownInstrumentsHaveNoRules() {
        assertTrue(InstrumentRules.load("MUSE").isEmpty());
        assertTrue(InstrumentRules.load("../UVES").isEmpty());
        assertTrue(Fixtures.RULES.rules("MUSE").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.RULES.require("MUSE"));
        assertTrue(e.getMessage().contains("MUSE") && e.getMessage().contains("UVES, HAWKI"), e.getMessage());
    }
}
