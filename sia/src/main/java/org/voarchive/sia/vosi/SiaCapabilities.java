package org.voarchive.sia.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityExtension;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.CapabilityProvider;

/** Registers SIA 2.0 at {@code /sia/query}. */
@ApplicationScoped
public class SiaCapabilities implements CapabilityProvider {

    static final String SIA2 = "ivo://ivoa.net/std/SIA#query-2.0";
    static final String NS = "http://www.ivoa.net/xml/SIA/v1.1";

    @Inject
    ArchiveConfig config;

    @Override
    public List<Capability> capabilities() {
        return List.of(new Capability(SIA2, "Simple Image Access (SIA 2.0)",
                List.of(new CapabilityInterface("sia/query", "std", "2.0", "base")), new Extension(config.maxrecHard())));
    }

    /**
     * {@code sia:SimpleImageAccess}: pointed observations (whole products, no cutouts or mosaics) and the
     * row limit.
     *
     * @param maxRecords rows returned at most
     */
    record Extension(long maxRecords) implements CapabilityExtension {

        @Override
        public String type() {
            return "sia:SimpleImageAccess";
        }

        @Override
        public Map<String, String> namespaces() {
            return Map.of("sia", NS);
        }

        @Override
        public void writeContent(XMLStreamWriter w) throws XMLStreamException {
            w.writeStartElement("imageServiceType");
            w.writeCharacters("Pointed");
            w.writeEndElement();
            w.writeStartElement("maxRecords");
            w.writeCharacters(Long.toString(maxRecords));
            w.writeEndElement();
        }
    }
}
