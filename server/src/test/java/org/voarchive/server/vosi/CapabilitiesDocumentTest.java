package org.voarchive.server.vosi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.server.xml.IvoaSchemas;

class CapabilitiesDocumentTest {

    private static String write(List<Capability> capabilities, String base) throws Exception {
        var out = new ByteArrayOutputStream();
        CapabilitiesDocument.write(capabilities, URI.create(base), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void vosiCapabilitiesAreValidAndResolvedAgainstTheBase() throws Exception {
        String xml = write(new VosiCapabilities().capabilities(), "http://archive.example:8123/");
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("standardID=\"ivo://ivoa.net/std/VOSI#capabilities\""), xml);
        assertTrue(xml.contains(">http://archive.example:8123/availability</accessURL>"), xml);
    }

    @Test
    void standardInterfacesCarryRoleAndVersion() throws Exception {
        var tap = new Capability("ivo://ivoa.net/std/TAP", "Table Access Protocol",
                List.of(new CapabilityInterface("tap", "std", "1.1", "base")));
        String xml = write(List.of(tap), "https://archive.example/vo/");
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("role=\"std\" version=\"1.1\""), xml);
        assertTrue(xml.contains("<accessURL use=\"base\">https://archive.example/vo/tap</accessURL>"), xml);
    }

    @Test
    void serviceInterfacesAreListedAnonymousAndWithTheSecurityMethods() throws Exception {
        var ssa = new Capability("ivo://ivoa.net/std/SSA", "Simple Spectral Access",
                List.of(new CapabilityInterface("ssa", "std", "1.1", "base")));
        var examples = new Capability("ivo://ivoa.net/std/DALI#examples", "Examples",
                List.of(CapabilityInterface.browser("tap/examples")));
        String xml = write(List.of(ssa, examples), "http://h/");
        IvoaSchemas.validate(xml);
        String anonymous = "<interface xsi:type=\"vs:ParamHTTP\" role=\"std\" version=\"1.1\">"
                + "<accessURL use=\"base\">http://h/ssa</accessURL></interface>";
        String authenticated = "<interface xsi:type=\"vs:ParamHTTP\" role=\"std\" version=\"1.1\">"
                + "<accessURL use=\"base\">http://h/ssa</accessURL>"
                + "<securityMethod standardID=\"ivo://ivoa.net/sso#BasicAA\"/></interface>";
        assertTrue(xml.contains(anonymous + authenticated), xml);
        assertEquals(1, xml.split("securityMethod ", -1).length - 1, "the browser page lists none: " + xml);

        String vosi = write(new VosiCapabilities().capabilities(), "http://h/");
        assertTrue(!vosi.contains("securityMethod"), "VOSI answers everyone alike: " + vosi);
    }

    @Test
    void extensionsAddTheirTypeAndContentAfterTheInterfaces() throws Exception {
        CapabilityExtension tap = new CapabilityExtension() {
            @Override
            public String type() {
                return "tr:TableAccess";
            }

            @Override
            public java.util.Map<String, String> namespaces() {
                return java.util.Map.of("tr", "http://www.ivoa.net/xml/TAPRegExt/v1.0");
            }

            @Override
            public void writeContent(javax.xml.stream.XMLStreamWriter w) throws javax.xml.stream.XMLStreamException {
                w.writeStartElement("language");
                w.writeStartElement("name");
                w.writeCharacters("ADQL");
                w.writeEndElement();
                w.writeStartElement("version");
                w.writeAttribute("ivo-id", "ivo://ivoa.net/std/ADQL#v2.1");
                w.writeCharacters("2.1");
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("outputFormat");
                w.writeStartElement("mime");
                w.writeCharacters("text/csv");
                w.writeEndElement();
                w.writeEndElement();
            }
        };
        String xml = write(List.of(new Capability("ivo://ivoa.net/std/TAP", "TAP",
                List.of(new CapabilityInterface("tap", "std", "1.1", "base")), tap)), "http://h/");
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("xsi:type=\"tr:TableAccess\""), xml);
        assertTrue(xml.indexOf("<language>") > xml.indexOf("</interface>"), xml);
    }

    @Test
    void browserInterfacesAreWebBrowsers() throws Exception {
        String xml = write(List.of(new Capability("ivo://ivoa.net/std/DALI#examples", "Examples",
                List.of(CapabilityInterface.browser("tap/examples")))), "http://h/");
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<interface xsi:type=\"vr:WebBrowser\"><accessURL use=\"full\">http://h/tap/examples<"), xml);
    }

    @Test
    void anEmptyListIsStillADocument() throws Exception {
        String xml = write(List.of(), "http://localhost:8080/");
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("capabilities"), xml);
    }

    @Test
    void interfacesAreRelativeAndUseIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new CapabilityInterface("/tap", null, null, "full"));
        assertThrows(IllegalArgumentException.class, () -> new CapabilityInterface("tap", null, null, "fuzzy"));
        assertThrows(IllegalArgumentException.class, () -> new Capability("ivo://x", "x", List.of()));
        assertEquals("std", CapabilityInterface.standard("tap", "1.1").role());
        assertThrows(NullPointerException.class, () -> new CapabilityInterface("tap", null, null, "full", null));
    }
}
