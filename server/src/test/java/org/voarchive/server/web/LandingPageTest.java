package org.voarchive.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.VosiCapabilities;

class LandingPageTest {

    @Test
    void listsEveryInterfaceWithItsFullUrl() {
        var caps = new java.util.ArrayList<>(new VosiCapabilities().capabilities());
        caps.add(new Capability("ivo://ivoa.net/std/TAP", "Table Access Protocol",
                List.of(CapabilityInterface.standard("tap", "1.1"))));
        String html = LandingPage.render("Demo Archive", caps, URI.create("http://localhost:9090/"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Demo Archive</title>"));
        assertTrue(html.contains("<a href=\"http://localhost:9090/tap\">http://localhost:9090/tap</a>"), html);
        assertTrue(html.contains("http://localhost:9090/availability"), html);
        assertTrue(html.contains("http://localhost:9090/health"), html);
    }

    @Test
    void titlesAreEscaped() {
        String html = LandingPage.render("<script>x</script>", List.of(), URI.create("http://h/"));
        assertFalse(html.contains("<script>"), html);
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;", Html.escape("<a href=\"x\"> & '"));
        assertEquals("", Html.escape(null));
    }
}
