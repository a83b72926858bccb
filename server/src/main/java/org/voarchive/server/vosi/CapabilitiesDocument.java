package org.voarchive.server.vosi;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.voarchive.server.auth.SecurityMethods;

/**
 * Writes a VOSI capabilities document (VOSICapabilities 1.0 with VOResource 1.1 and VODataService 1.2
 * types). Service interfaces are listed anonymous and again with the security methods the archive
 * accepts. The caller's stream is flushed, never closed.
 */
public final class CapabilitiesDocument {

    static final String VOSI_NS = "http://www.ivoa.net/xml/VOSICapabilities/v1.0";
    static final String VR_NS = "http://www.ivoa.net/xml/VOResource/v1.0";
    static final String VS_NS = "http://www.ivoa.net/xml/VODataService/v1.1";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private CapabilitiesDocument() {
    }

    /**
     * Writes the document.
     *
     * @param capabilities what to list
     * @param base the archive's base URL, ending in a slash; interface paths are resolved against it
     * @param out where to write UTF-8 XML; flushed, not closed
     */
    public static void write(List<Capability> capabilities, URI base, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("vosi", "capabilities", VOSI_NS);
            w.writeNamespace("vosi", VOSI_NS);
            w.writeNamespace("vr", VR_NS);
            w.writeNamespace("vs", VS_NS);
            w.writeNamespace("xsi", XSI_NS);
            for (Capability c : capabilities) {
                writeCapability(w, c, base);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /**
     * Writes one unqualified {@code <capability>} element, as VOSI capabilities and VOResource records
     * hold it. The caller has bound the prefixes {@code vr}, {@code vs} and {@code xsi}, and no default
     * namespace is in force.
     */
    public static void writeCapability(XMLStreamWriter w, Capability c, URI base) throws XMLStreamException {
        w.writeStartElement("capability");
        if (c.extension() != null) {
            for (var ns : c.extension().namespaces().entrySet()) {
                w.writeNamespace(ns.getKey(), ns.getValue());
            }
            w.writeAttribute("xsi", XSI_NS, "type", c.extension().type());
        }
        w.writeAttribute("standardID", c.standardId());
        for (CapabilityInterface i : c.interfaces()) {
            writeInterface(w, i, i.role(), base, List.of());
            if (acceptsLogin(c, i)) {
                writeInterface(w, i, null, base, SecurityMethods.ACCEPTED);
            }
        }
        if (c.extension() != null) {
            c.extension().writeContent(w);
        }
        w.writeEndElement();
    }

    /**
     * Whether clients may log in to an interface: every service interface except VOSI's own, which answer
     * the same for everyone. Such an interface is listed twice, anonymous and with the security methods,
     * so that clients without credentials find their interface too (VOResource: a service open to
     * anonymous users lists an interface without a security method). Only the anonymous one carries
     * {@code role="std"}: validators such as taplint expect one standard interface per capability, and
     * clients that log in (pyvo's authentication) look for security methods on any interface.
     */
    private static boolean acceptsLogin(Capability c, CapabilityInterface i) {
        return "vs:ParamHTTP".equals(i.type()) && !c.standardId().startsWith("ivo://ivoa.net/std/VOSI");
    }

    private static void writeInterface(XMLStreamWriter w, CapabilityInterface i, String role, URI base,
            List<String> securityMethods) throws XMLStreamException {
        w.writeStartElement("interface");
        w.writeAttribute("xsi", XSI_NS, "type", i.type());
        if (role != null) {
            w.writeAttribute("role", role);
        }
        if (i.version() != null) {
            w.writeAttribute("version", i.version());
        }
        w.writeStartElement("accessURL");
        w.writeAttribute("use", i.use());
        w.writeCharacters(base.resolve(i.path()).toString());
        w.writeEndElement();
        for (String method : securityMethods) {
            w.writeEmptyElement("securityMethod");
            w.writeAttribute("standardID", method);
        }
        w.writeEndElement();
    }
}
