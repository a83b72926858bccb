package org.voarchive.ssa.vosi;

import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.voarchive.server.vosi.CapabilityExtension;
import org.voarchive.ssa.query.SsaLimits;

/**
 * SimpleDALRegExt's description of the SSA capability ({@code ssa:SimpleSpectralAccess}, SSA-v1.1.xsd):
 * archival spectra of pointed observations, ICRS, with the service's search and row limits. No
 * maxAperture: that limits spectral extraction, which this archive does not offer.
 *
 * @param limits what the service allows
 */
public record SsaRegExt(SsaLimits limits) implements CapabilityExtension {

    static final String NS = "http://www.ivoa.net/xml/SSA/v1.1";

    @Override
    public String type() {
        return "ssa:SimpleSpectralAccess";
    }

    @Override
    public Map<String, String> namespaces() {
        return Map.of("ssa", NS);
    }

    @Override
    public void writeContent(XMLStreamWriter w) throws XMLStreamException {
        // the archive's Phase 3 spectra follow the Spectrum data model: "minimal" compliance
        text(w, "complianceLevel", "minimal");
        text(w, "dataSource", "pointed");
        text(w, "creationType", "archival");
        text(w, "supportedFrame", "ICRS");
        text(w, "maxSearchRadius", Double.toString(limits.maxSearchRadius()));
        text(w, "maxRecords", Long.toString(limits.hardMaxrec()));
        text(w, "defaultMaxRecords", Long.toString(limits.defaultMaxrec()));
        w.writeStartElement("testQuery");
        text(w, "queryDataCmd", "REQUEST=queryData&MAXREC=1");
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
