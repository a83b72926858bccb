package org.voarchive.tap.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.dali.DaliException;

class UploadSpecTest {

    static final String VOTABLE = """
            <?xml version="1.0"?>
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
            <FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="ra" datatype="double" unit="deg" ucd="pos.eq.ra"/>
            <FIELD name="dec" datatype="double" unit="deg"/>
            <FIELD name="n" datatype="short"/>
            <FIELD name="flux" datatype="float" arraysize="2"/>
            <DATA><TABLEDATA>
            <TR><TD>NGC 253</TD><TD>11.888</TD><TD>-25.2882</TD><TD>1</TD><TD>1.5 2.5</TD></TR>
            <TR><TD>M 83</TD><TD>204.2538</TD><TD>-29.8658</TD><TD>2</TD><TD>3 4</TD></TR>
            </TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
            """;

    @Test
    void pairsSeparatedBySemicolons() {
        List<UploadSpec> specs = UploadSpec.parse(List.of("a,param:t1;b,https://example.org/t.xml", "c,http://h/x"));
        assertEquals(3, specs.size());
        assertTrue(specs.get(0).inline());
        assertEquals("t1", specs.get(0).part());
        assertFalse(specs.get(1).inline());
        assertEquals("c", specs.get(2).table());
    }

    @Test
    void badSpecsAreRefusedWithTheReason() {
        for (String bad : List.of("nocomma", "1abc,param:x", "a b,param:x", "a,ftp://h/x", "a,param:", "a,file:/etc/passwd",
                "a,param:x;A,param:y")) {
            DaliException e = assertThrows(DaliException.class, () -> UploadSpec.parse(List.of(bad)), bad);
            assertTrue(e.getMessage().contains("UPLOAD"), e.getMessage());
        }
    }

    @Test
    void aVoTableIsReadWithItsTypesAndMetadata() throws Exception {
        UploadTable t = new UploadReader(100_000, 10).read("mine",
                new ByteArrayInputStream(VOTABLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("text", "double precision", "double precision", "smallint", "real[]"), t.sqlTypes(),
                "an upload keeps its types");
        assertEquals("deg", t.columns().get(1).unit());
        assertEquals("pos.eq.ra", t.columns().get(1).ucd());
        assertEquals(2, t.rows().size());
        assertEquals((short) 1, t.rows().get(0)[3]);
        assertEquals(2.5f, ((Float[]) t.rows().get(0)[4])[1]);
        assertEquals("TAP_UPLOAD.mine", t.description().tableName());
    }

    @Test
    void limitsAndGarbageAreRefused() {
        byte[] bytes = VOTABLE.getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(DaliException.class, () -> new UploadReader(100, 10).read("big",
                new ByteArrayInputStream(bytes))).getMessage().contains("larger than the limit"));
        assertTrue(assertThrows(DaliException.class, () -> new UploadReader(100_000, 1).read("long",
                new ByteArrayInputStream(bytes))).getMessage().contains("more than the limit of 1 rows"));
        assertTrue(assertThrows(DaliException.class, () -> new UploadReader(100_000, 10).read("junk",
                new ByteArrayInputStream("ra,dec\n1,2\n".getBytes(StandardCharsets.UTF_8)))).getMessage()
                .contains("not a readable VOTable"));
    }
}
