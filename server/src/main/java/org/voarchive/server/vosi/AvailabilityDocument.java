package org.voarchive.server.vosi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a VOSI availability document (VOSIAvailability 1.0). The caller's stream is flushed, never closed. */
public final class AvailabilityDocument {

    static final String NS = "http://www.ivoa.net/xml/VOSIAvailability/v1.0";

    private AvailabilityDocument() {
    }

    public static void write(Availability availability, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("vosi", "availability", NS);
            w.writeNamespace("vosi", NS);
            element(w, "available", Boolean.toString(availability.available()));
            if (availability.available()) {
                element(w, "upSince", availability.upSince().truncatedTo(ChronoUnit.SECONDS).toString());
            }
            for (String note : availability.notes()) {
                element(w, "note", note);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("vosi", name, NS);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
