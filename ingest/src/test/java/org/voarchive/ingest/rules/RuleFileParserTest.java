package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFileParserTest {

    private static InstrumentRules parse(String text) {
        return RuleFileParser.parse("TEST.rules.xml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String file(String body) {
        return "<rules instrument=\"TEST\">\n"
                + "  <classify tag=\"BIAS\" category=\"CALIB\"><when key=\"DPR.TYPE\" equals=\"BIAS\"/></classify>\n"
                + body + "\n</rules>\n";
    }

    @Test
    void aValidFileGivesItsRules() {
        InstrumentRules rules = parse(file("""
                  <process tag="BIAS" recipe="r" product="MASTER_BIAS" type="master"/>
                  <keys name="D"><key name="DET.BINX"/></keys>
                  <associate tags="BIAS">
                    <need tag="MASTER_BIAS" min="0" max="2" match="D" best-days="1" max-days="7" prefer="certified">
                      <key name="DET.DIT" tolerance="0.01"/>
                    </need>
                  </associate>"""));
        Need need = rules.needs("BIAS").get(0);
        assertEquals(List.of(new MatchKey("DET.BINX", 0), new MatchKey("DET.DIT", 0.01)), need.match());
        assertEquals(new ValidityWindow(1, 7), need.window());
        assertEquals(Preference.CERTIFIED, need.prefer());
        assertTrue(need.optional());
        assertEquals(ProductType.MASTER, rules.processRule("BIAS").orElseThrow().productType());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "<group tag='BIAS' by='TPL.START' minframes='3'/>|line 3: unknown attribute 'minframes' on <group>; allowed: by, min-frames, tag",
        "<grup tag='BIAS'/>|line 3: unknown element <grup> in <rules>; allowed: associate, classify, group, keys, process",
        "<group tag='BIAS' by='TPL.START' min-frames='three'/>|line 3: 'min-frames' must be an integer, got \"three\"",
        "<group tag='FLAT' by='TPL.START' min-frames='3'/>|line 3: tag FLAT is neither classified nor produced",
        "<associate tags='BIAS'><need tag='BIAS' min='1' max='1' match='S' best-days='1' max-days='3'/></associate>|line 3: key set S is not defined above",
        "<associate tags='BIAS'><need tag='BIAS' min='1' max='1' best-days='5' max-days='3'/></associate>|line 3: a validity window needs 0 <= best <= max days",
        "<process tag='BIAS' recipe='r' product='M' type='cube'/>|line 3: 'type' must be one of [master, spectrum, image], got \"cube\"",
        "<classify tag='X' category='CALIB'><when key='A' equals='1' like='%1%'/></classify>|line 3: <when key=\"A\"> needs exactly one of 'equals' and 'like'",
        "<group tag='BIAS' by='TPL.START' min-frames='3'>text</group>|line 3: unexpected text \"text\" in <group>",
        "<group tag='BIAS' by='TPL.START' min-frames='3'>|line 4: ",
    })
    void aMalformedFileIsRejectedNamingFileAndLine(String body, String expected) {
        RuleFileException e = assertThrows(RuleFileException.class, () -> parse(file(body)));
        assertTrue(e.getMessage().startsWith("TEST.rules.xml " + expected), e.getMessage());
    }

    @Test
    void aDoctypeIsRefused() {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> parse("<!DOCTYPE rules [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rules instrument=\"T\"/>"));
        assertTrue(e.getMessage().startsWith("TEST.rules.xml line 1: "), e.getMessage());
    }

    @Test
    void theShippedRuleFilesDeclareTheirInstruments() {
        assertEquals("UVES", InstrumentRules.load("UVES").orElseThrow().instrument());
        assertEquals(List.of("DARK", "FLAT_TWILIGHT", "STD", "OBJECT", "SKY"),
                List.copyOf(InstrumentRules.load("HAWKI").orElseThrow().tags()));
        assertEquals(16, InstrumentRules.load("UVES").orElseThrow().tags().size());
    }
}
