package org.voarchive.server.vosi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.xml.IvoaSchemas;

class AvailabilityDocumentTest {

    private static final Instant START = Instant.parse("2026-11-21T10:15:30.123Z");

    private static String write(Availability a) throws Exception {
        var out = new ByteArrayOutputStream();
        AvailabilityDocument.write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void availableArchiveSaysSinceWhen() throws Exception {
        var a = Availability.of(START, List.of(ProbeResult.ok("database answers")));
        String xml = write(a);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<vosi:available>true</vosi:available>"), xml);
        assertTrue(xml.contains("<vosi:upSince>2026-11-21T10:15:30Z</vosi:upSince>"), xml);
        assertTrue(xml.contains("<vosi:note>database answers</vosi:note>"), xml);
    }

    @Test
    void oneFailedProbeMakesItUnavailableAndItsReasonComesFirst() throws Exception {
        var a = Availability.of(START, List.of(
                ProbeResult.ok("data directory writable"),
                ProbeResult.failed("database unreachable: connection refused")));
        assertFalse(a.available());
        assertEquals("database unreachable: connection refused", a.notes().get(0));
        String xml = write(a);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<vosi:available>false</vosi:available>"), xml);
        assertFalse(xml.contains("upSince"), xml);
    }

    @Test
    void notesAreEscaped() throws Exception {
        String xml = write(Availability.of(START, List.of(ProbeResult.failed("relation \"a<b\" & more"))));
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("relation \"a&lt;b\" &amp; more"), xml);
    }
}
