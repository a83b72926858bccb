package org.voarchive.server.registry;

import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the parts every VOResource 1.1 record shares, in the schema's order: the {@code ri:Resource}
 * element with its namespaces, title and identifier, curation, and content. Child elements are
 * unqualified, as VOResource declares them, so the record undeclares any default namespace around it.
 */
final class ResourceXml {

    static final String RI_NS = "http://www.ivoa.net/xml/RegistryInterface/v1.0";
    static final String VR_NS = "http://www.ivoa.net/xml/VOResource/v1.0";
    static final String VS_NS = "http://www.ivoa.net/xml/VODataService/v1.1";
    static final String VG_NS = "http://www.ivoa.net/xml/VORegistry/v1.0";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    /**
     * Who curates a resource.
     *
     * @param publisher the publisher's name
     * @param publisherId the publisher's organisation record
     * @param contactName the contact's name
     * @param contactEmail the contact's e-mail
     * @param created when the resource came into being
     * @param updated when it last changed
     */
    record Curation(String publisher, String publisherId, String contactName, String contactEmail, Instant created,
            Instant updated) {
    }

    private ResourceXml() {
    }

    /** Opens {@code ri:Resource} of a type, with the attributes a record must carry. */
    static void start(XMLStreamWriter w, String xsiType, Curation curation) throws XMLStreamException {
        w.writeStartElement("ri", "Resource", RI_NS);
        w.writeDefaultNamespace("");
        w.writeNamespace("ri", RI_NS);
        w.writeNamespace("vr", VR_NS);
        w.writeNamespace("vs", VS_NS);
        w.writeNamespace("vg", VG_NS);
        w.writeNamespace("xsi", XSI_NS);
        w.writeAttribute("xsi", XSI_NS, "type", xsiType);
        w.writeAttribute("created", OaiResponder.datestamp(curation.created()));
        w.writeAttribute("updated", OaiResponder.datestamp(curation.updated()));
        w.writeAttribute("status", "active");
    }

    /** Title, identifier, curation and content: everything before a resource type's own elements. */
    static void common(XMLStreamWriter w, RegistryRecord r, Curation curation, String referenceUrl,
            List<String> contentTypes) throws XMLStreamException {
        text(w, "title", r.title());
        text(w, "identifier", r.identifier());
        w.writeStartElement("curation");
        w.writeStartElement("publisher");
        w.writeAttribute("ivo-id", curation.publisherId());
        w.writeCharacters(curation.publisher());
        w.writeEndElement();
        w.writeStartElement("date");
        w.writeAttribute("role", "Created");
        w.writeCharacters(OaiResponder.datestamp(curation.created()));
        w.writeEndElement();
        w.writeStartElement("date");
        w.writeAttribute("role", "Updated");
        w.writeCharacters(OaiResponder.datestamp(curation.updated()));
        w.writeEndElement();
        w.writeStartElement("contact");
        text(w, "name", curation.contactName());
        text(w, "email", curation.contactEmail());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("content");
        for (String subject : r.subjects()) {
            text(w, "subject", subject);
        }
        text(w, "description", r.description());
        text(w, "referenceURL", referenceUrl);
        for (String type : contentTypes) {
            text(w, "type", type);
        }
        w.writeEndElement();
    }

    static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
