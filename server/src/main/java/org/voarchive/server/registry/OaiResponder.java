package org.voarchive.server.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Answers OAI-PMH 2.0 requests from an {@link OaiRepository}, as Registry Interfaces 1.1 asks of a
 * publishing registry: Identify carries the registry's own record, records come as {@code oai_dc} or
 * {@code ivo_vor}, and every record is in the set {@code ivo_managed}. Every answer, errors included, is
 * an OAI-PMH document; protocol errors are decided before the first byte is written.
 */
public final class OaiResponder {

    static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    static final String OAI_DC_NS = MetadataFormat.oai_dc.namespace();
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private final OaiRepository repository;

    public OaiResponder(OaiRepository repository) {
        this.repository = repository;
    }

    /**
     * Answers one request.
     *
     * @param parameters the request's parameters, each with every value given
     * @param now the response date
     * @param out where to write UTF-8 XML; flushed, not closed
     */
    public void respond(Map<String, List<String>> parameters, Instant now, OutputStream out) throws IOException {
        OaiRequest request;
        try {
            request = OaiRequest.parse(parameters);
        } catch (OaiException e) {
            write(out, now, null, w -> error(w, e));
            return;
        }
        Body body;
        try {
            body = answer(request);
        } catch (OaiException e) {
            write(out, now, request, w -> error(w, e));
            return;
        }
        write(out, now, request, body);
    }

    /** Writes the part of the response after {@code <request>}. */
    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private Body answer(OaiRequest request) throws OaiException {
        return switch (request.verb()) {
            case Identify -> this::identify;
            case ListMetadataFormats -> listMetadataFormats(request);
            case ListSets -> listSets(request);
            case GetRecord -> getRecord(request);
            case ListIdentifiers, ListRecords -> list(request);
        };
    }

    private void identify(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("Identify");
        text(w, "repositoryName", repository.name());
        text(w, "baseURL", repository.baseUrl().toString());
        text(w, "protocolVersion", "2.0");
        text(w, "adminEmail", repository.adminEmail());
        text(w, "earliestDatestamp", datestamp(repository.earliestDatestamp()));
        text(w, "deletedRecord", "no");
        text(w, "granularity", "YYYY-MM-DDThh:mm:ssZ");
        Optional<RegistryRecord> registry = repository.record(repository.registryIdentifier());
        if (registry.isPresent()) {
            w.writeStartElement("description");
            registry.get().writeResource(w);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private Body listMetadataFormats(OaiRequest request) throws OaiException {
        Optional<String> id = request.argument("identifier");
        if (id.isPresent() && repository.record(id.get()).isEmpty()) {
            throw new OaiException(OaiError.idDoesNotExist, "no record has the identifier " + id.get());
        }
        return w -> {
            w.writeStartElement("ListMetadataFormats");
            for (MetadataFormat f : MetadataFormat.values()) {
                w.writeStartElement("metadataFormat");
                text(w, "metadataPrefix", f.name());
                text(w, "schema", f.schema());
                text(w, "metadataNamespace", f.namespace());
                w.writeEndElement();
            }
            w.writeEndElement();
        };
    }

    private Body listSets(OaiRequest request) throws OaiException {
        Optional<String> token = request.argument("resumptionToken");
        if (token.isPresent()) {
            throw new OaiException(OaiError.badResumptionToken, "the list of sets is never split: " + token.get());
        }
        return w -> {
            w.writeStartElement("ListSets");
            w.writeStartElement("set");
            text(w, "setSpec", OaiRepository.MANAGED_SET);
            text(w, "setName", "Resources whose authority this registry manages");
            w.writeEndElement();
            w.writeEndElement();
        };
    }

    private Body getRecord(OaiRequest request) throws OaiException {
        MetadataFormat format = format(request.argument("metadataPrefix").orElseThrow());
        String id = request.argument("identifier").orElseThrow();
        RegistryRecord record = repository.record(id)
                .orElseThrow(() -> new OaiException(OaiError.idDoesNotExist, "no record has the identifier " + id));
        return w -> {
            w.writeStartElement("GetRecord");
            record(w, record, format);
            w.writeEndElement();
        };
    }

    private Body list(OaiRequest request) throws OaiException {
        ResumptionToken start;
        Optional<String> token = request.argument("resumptionToken");
        if (token.isPresent()) {
            start = ResumptionToken.decode(token.get());
            if (!start.snapshot().equals(repository.snapshot())) {
                throw new OaiException(OaiError.badResumptionToken,
                        "the records changed since this token was handed out; start the list again");
            }
        } else {
            start = new ResumptionToken(request.argument("metadataPrefix").orElseThrow(),
                    request.argument("from").orElse(""), request.argument("until").orElse(""),
                    request.argument("set").orElse(""), 0, repository.snapshot());
        }
        MetadataFormat format = format(start.metadataPrefix());
        OaiRequest criteria = criteria(start);
        Optional<Instant> from = criteria.from();
        Optional<Instant> until = criteria.until();
        if (!start.set().isEmpty() && !start.set().equals(OaiRepository.MANAGED_SET)) {
            throw new OaiException(OaiError.noRecordsMatch, "there is no set " + start.set());
        }
        List<RegistryRecord> matching = repository.records().stream()
                .filter(r -> from.isEmpty() || !r.datestamp().isBefore(from.get()))
                .filter(r -> until.isEmpty() || !r.datestamp().isAfter(until.get()))
                .toList();
        if (matching.isEmpty()) {
            throw new OaiException(OaiError.noRecordsMatch, "no record has a datestamp in the range asked for");
        }
        if (start.offset() >= matching.size()) {
            throw new OaiException(OaiError.badResumptionToken, "the list has no record beyond " + matching.size());
        }
        int end = Math.min(matching.size(), start.offset() + repository.pageSize());
        List<RegistryRecord> page = matching.subList(start.offset(), end);
        boolean identifiersOnly = request.verb() == OaiVerb.ListIdentifiers;
        return w -> {
            w.writeStartElement(request.verb().name());
            for (RegistryRecord r : page) {
                if (identifiersOnly) {
                    header(w, r);
                } else {
                    record(w, r, format);
                }
            }
            if (end < matching.size() || start.offset() > 0) {
                w.writeStartElement("resumptionToken");
                w.writeAttribute("completeListSize", Integer.toString(matching.size()));
                w.writeAttribute("cursor", Integer.toString(start.offset()));
                if (end < matching.size()) {
                    w.writeCharacters(new ResumptionToken(start.metadataPrefix(), start.from(), start.until(),
                            start.set(), end, start.snapshot()).encode());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        };
    }

    /** The from/until of a list, checked as if given anew (a token carries them as the client gave them). */
    private static OaiRequest criteria(ResumptionToken t) throws OaiException {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        p.put("verb", List.of(OaiVerb.ListIdentifiers.name()));
        p.put("metadataPrefix", List.of(t.metadataPrefix()));
        if (!t.from().isEmpty()) {
            p.put("from", List.of(t.from()));
        }
        if (!t.until().isEmpty()) {
            p.put("until", List.of(t.until()));
        }
        return OaiRequest.parse(p);
    }

    private static MetadataFormat format(String prefix) throws OaiException {
        return MetadataFormat.of(prefix).orElseThrow(() -> new OaiException(OaiError.cannotDisseminateFormat,
                "records are disseminated as oai_dc or ivo_vor, not " + prefix));
    }

    private static void record(XMLStreamWriter w, RegistryRecord r, MetadataFormat format) throws XMLStreamException {
        w.writeStartElement("record");
        header(w, r);
        w.writeStartElement("metadata");
        if (format == MetadataFormat.ivo_vor) {
            r.writeResource(w);
        } else {
            dublinCore(w, r);
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void header(XMLStreamWriter w, RegistryRecord r) throws XMLStreamException {
        w.writeStartElement("header");
        text(w, "identifier", r.identifier());
        text(w, "datestamp", datestamp(r.datestamp()));
        text(w, "setSpec", OaiRepository.MANAGED_SET);
        w.writeEndElement();
    }

    private static void dublinCore(XMLStreamWriter w, RegistryRecord r) throws XMLStreamException {
        w.writeStartElement("oai_dc", "dc", OAI_DC_NS);
        w.writeNamespace("oai_dc", OAI_DC_NS);
        w.writeNamespace("dc", DC_NS);
        dc(w, "title", r.title());
        dc(w, "identifier", r.identifier());
        for (String subject : r.subjects()) {
            dc(w, "subject", subject);
        }
        dc(w, "description", r.description());
        dc(w, "publisher", r.publisher());
        dc(w, "date", datestamp(r.datestamp()));
        dc(w, "type", r.type());
        w.writeEndElement();
    }

    private static void dc(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("dc", name, DC_NS);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void error(XMLStreamWriter w, OaiException e) throws XMLStreamException {
        w.writeStartElement("error");
        w.writeAttribute("code", e.code().name());
        w.writeCharacters(e.getMessage());
        w.writeEndElement();
    }

    private void write(OutputStream out, Instant now, OaiRequest request, Body body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(OAI_NS);
            w.writeStartElement(OAI_NS, "OAI-PMH");
            w.writeDefaultNamespace(OAI_NS);
            w.writeNamespace("xsi", XSI_NS);
            w.writeAttribute("xsi", XSI_NS, "schemaLocation",
                    OAI_NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            text(w, "responseDate", datestamp(now));
            w.writeStartElement("request");
            if (request != null) {
                w.writeAttribute("verb", request.verb().name());
                for (Map.Entry<String, String> a : request.arguments().entrySet()) {
                    w.writeAttribute(a.getKey(), a.getValue());
                }
            }
            w.writeCharacters(repository.baseUrl().toString());
            w.writeEndElement();
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    static String datestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
