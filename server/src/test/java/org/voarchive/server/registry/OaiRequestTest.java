package org.voarchive.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OaiRequestTest {

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return p;
    }

    private static OaiError error(String... pairs) {
        return assertThrows(OaiException.class, () -> OaiRequest.parse(params(pairs))).code();
    }

    @Test
    void acceptsEachVerbWithItsArguments() throws Exception {
        assertEquals(OaiVerb.Identify, OaiRequest.parse(params("verb", "Identify")).verb());
        OaiRequest list = OaiRequest.parse(params("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-01-01", "until", "2026-01-02", "set", "ivo_managed"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), list.from().orElseThrow());
        assertEquals(Instant.parse("2026-01-02T23:59:59Z"), list.until().orElseThrow(), "until takes its whole day");
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), OaiRequest.parse(params("verb", "ListIdentifiers",
                "metadataPrefix", "oai_dc", "from", "2026-01-01T10:00:00Z")).from().orElseThrow());
        assertEquals("abc", OaiRequest.parse(params("verb", "ListIdentifiers", "resumptionToken", "abc"))
                .argument("resumptionToken").orElseThrow());
        OaiRequest get = OaiRequest.parse(params("verb", "GetRecord", "identifier", "ivo://x/y",
                "metadataPrefix", "ivo_vor"));
        assertEquals(Map.of("identifier", "ivo://x/y", "metadataPrefix", "ivo_vor"), get.arguments());
    }

    @Test
    void aMissingRepeatedOrUnknownVerbIsBadVerb() {
        assertEquals(OaiError.badVerb, error());
        assertEquals(OaiError.badVerb, error("verb", "Identify", "verb", "Identify"));
        assertEquals(OaiError.badVerb, error("verb", "identify"));
        assertEquals(OaiError.badVerb, error("verb", "ListEverything"));
    }

    @Test
    void wrongArgumentsAreBadArgument() {
        assertEquals(OaiError.badArgument, error("verb", "Identify", "identifier", "ivo://x"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords"), "metadataPrefix is required");
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", ""));
        assertEquals(OaiError.badArgument, error("verb", "GetRecord", "metadataPrefix", "ivo_vor"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "metadataPrefix", "oai_dc"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor", "foo", "1"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "resumptionToken", "t",
                "metadataPrefix", "ivo_vor"), "a resumption token comes alone");
        assertEquals(OaiError.badArgument, error("verb", "GetRecord", "resumptionToken", "t"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "yesterday"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-02-30"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-01-01T00:00:00+01:00"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-01-01", "until", "2026-01-02T00:00:00Z"), "granularities differ");
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-01-02", "until", "2026-01-01"), "from after until");
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo vor"));
        assertEquals(OaiError.badArgument, error("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "set", "a b"));
    }
}
