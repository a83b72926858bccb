package org.voarchive.server.registry;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.voarchive.server.coverage.HoldingsCoverage;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TablesDocument;
import org.voarchive.server.vosi.CapabilitiesDocument;
import org.voarchive.server.vosi.Capability;

/**
 * The records of everything this archive publishes, made from one source of truth: the naming authority
 * ({@code vg:Authority}), the organisation behind it ({@code vr:Organisation}), the registry itself
 * ({@code vg:Registry}), and the archive ({@code vs:CatalogService}) with every capability the deployed
 * modules register (written by {@link CapabilitiesDocument}, as {@code /capabilities} has them), its
 * tableset (written by {@link TablesDocument}, as {@code /tap/tables} has it) and its coverage.
 */
public final class RegistryRecords {

    /** The standard of the footprint the coverage points to: a MOC. */
    static final String MOC_STANDARD = "ivo://ivoa.net/std/moc";
    static final String REGISTRY_STANDARD = "ivo://ivoa.net/std/Registry";
    /** Standards of support endpoints, which the record lists but its description need not name. */
    static final String VOSI = "ivo://ivoa.net/std/VOSI";
    static final String DALI = "ivo://ivoa.net/std/DALI";

    private RegistryRecords() {
    }

    /**
     * Builds the records.
     *
     * @param settings the configuration
     * @param capabilities what {@code /capabilities} lists
     * @param schemas what {@code /tap/tables} lists
     * @param coverage the coverage of the released products
     * @param base the archive's public base URL, ending in a slash
     * @return authority, organisation, registry and archive, in that order
     */
    public static List<RegistryRecord> build(RegistrySettings settings, List<Capability> capabilities,
            List<SchemaDescription> schemas, HoldingsCoverage coverage, URI base) {
        return List.of(authority(settings, base), organisation(settings, base), registry(settings, base),
                archive(settings, capabilities, schemas, coverage, base));
    }

    private static ResourceXml.Curation curation(RegistrySettings s, Instant updated) {
        return new ResourceXml.Curation(s.publisher(), s.organisationId(), s.contactName(), s.contactEmail(),
                s.updated(), updated);
    }

    private static RegistryRecord authority(RegistrySettings s, URI base) {
        ResourceXml.Curation curation = curation(s, s.updated());
        return new RegistryRecord(s.authorityId(), s.updated(), s.title() + " naming authority",
                "The naming authority " + s.authority() + ": identifiers ivo://" + s.authority()
                        + "/... name the resources and data products of " + s.title() + ".",
                s.publisher(), List.of("virtual observatory"), "Other", (w, self) -> {
                    ResourceXml.start(w, "vg:Authority", curation);
                    ResourceXml.common(w, self, curation, base.toString(), List.of());
                    w.writeStartElement("managingOrg");
                    w.writeAttribute("ivo-id", s.organisationId());
                    w.writeCharacters(s.publisher());
                    w.writeEndElement();
                    w.writeEndElement();
                });
    }

    private static RegistryRecord organisation(RegistrySettings s, URI base) {
        ResourceXml.Curation curation = curation(s, s.updated());
        return new RegistryRecord(s.organisationId(), s.updated(), s.publisher(),
                s.publisher() + " runs " + s.title() + " and publishes its data and services.", s.publisher(),
                List.of("virtual observatory"), "Organisation", (w, self) -> {
                    ResourceXml.start(w, "vr:Organisation", curation);
                    ResourceXml.common(w, self, curation, base.toString(), List.of("Organisation"));
                    w.writeEndElement();
                });
    }

    private static RegistryRecord registry(RegistrySettings s, URI base) {
        ResourceXml.Curation curation = curation(s, s.updated());
        return new RegistryRecord(s.registryId(), s.updated(), s.title() + " publishing registry",
                "The OAI-PMH publishing registry of " + s.title() + ": the records of the authority "
                        + s.authority() + " and of the archive's services, for harvesting by the VO registries.",
                s.publisher(), List.of("virtual observatory", "registry"), "Service", (w, self) -> {
                    ResourceXml.start(w, "vg:Registry", curation);
                    ResourceXml.common(w, self, curation, base.toString(), List.of("Registry"));
                    w.writeStartElement("capability");
                    w.writeAttribute("xsi", ResourceXml.XSI_NS, "type", "vg:Harvest");
                    w.writeAttribute("standardID", REGISTRY_STANDARD);
                    w.writeStartElement("interface");
                    w.writeAttribute("xsi", ResourceXml.XSI_NS, "type", "vg:OAIHTTP");
                    w.writeAttribute("role", "std");
                    w.writeAttribute("version", "1.0");
                    w.writeStartElement("accessURL");
                    w.writeAttribute("use", "base");
                    w.writeCharacters(base.resolve("oai").toString());
                    w.writeEndElement();
                    w.writeEndElement();
                    ResourceXml.text(w, "maxRecords", Integer.toString(s.pageSize()));
                    w.writeEndElement();
                    ResourceXml.text(w, "full", "false");
                    ResourceXml.text(w, "managedAuthority", s.authority());
                    w.writeEndElement();
                });
    }

    private static RegistryRecord archive(RegistrySettings s, List<Capability> capabilities,
            List<SchemaDescription> schemas, HoldingsCoverage coverage, URI base) {
        Instant updated = coverage.lastChange() != null && coverage.lastChange().isAfter(s.updated())
                ? coverage.lastChange() : s.updated();
        ResourceXml.Curation curation = curation(s, updated);
        String description = s.description() != null ? s.description()
                : s.title() + ": the archive's released data products (" + coverage.products()
                        + " at present), described in ObsCore and served through "
                        + capabilities.stream().filter(c -> !c.standardId().startsWith(VOSI)
                                && !c.standardId().startsWith(DALI)).map(Capability::title).distinct()
                                .collect(Collectors.joining(", "))
                        + ".";
        return new RegistryRecord(s.archiveId(), updated, s.title(), description, s.publisher(),
                List.of("virtual observatory", "astronomical data archive"), "Service", (w, self) -> {
                    ResourceXml.start(w, "vs:CatalogService", curation);
                    ResourceXml.common(w, self, curation, base.toString(), List.of("Archive"));
                    for (Capability c : capabilities) {
                        CapabilitiesDocument.writeCapability(w, c, base);
                    }
                    coverage(w, coverage, base);
                    w.writeStartElement("tableset");
                    TablesDocument.writeSchemas(w, schemas, TablesDocument.Detail.MAX);
                    w.writeEndElement();
                    w.writeEndElement();
                });
    }

    private static void coverage(XMLStreamWriter w, HoldingsCoverage coverage, URI base) throws XMLStreamException {
        w.writeStartElement("coverage");
        ResourceXml.text(w, "spatial", coverage.summary().ascii());
        if (coverage.mjdStart() != null && coverage.mjdEnd() != null) {
            ResourceXml.text(w, "temporal", coverage.mjdStart() + " " + coverage.mjdEnd());
        }
        w.writeStartElement("footprint");
        w.writeAttribute("ivo-id", MOC_STANDARD);
        w.writeCharacters(base.resolve("coverage/moc.fits").toString());
        w.writeEndElement();
        w.writeEndElement();
    }
}
