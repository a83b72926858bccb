package org.voarchive.tap.vosi;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.voarchive.server.dali.ResultFormat;
import org.voarchive.server.vosi.CapabilityExtension;
import org.voarchive.tap.adql.LanguageFeatures;

/**
 * The TAPRegExt 1.0 description of the TAP capability ({@code tr:TableAccess}): data models, query
 * languages with their optional features, output formats, upload methods and limits.
 *
 * @param dataModels data model names by IVOA identifier
 * @param languages the query languages
 * @param uploadMethods IVOA identifiers of the upload methods supported
 * @param retentionDefault seconds results are kept by default
 * @param retentionHard seconds results are kept at most
 * @param durationDefault default execution duration of async jobs, seconds
 * @param durationHard maximum execution duration, seconds
 * @param outputLimitDefault rows returned without MAXREC
 * @param outputLimitHard rows returned at most
 * @param uploadLimitHard bytes an upload may have, or -1 when uploads are not offered
 */
public record TapRegExt(Map<String, String> dataModels, List<Language> languages, List<String> uploadMethods,
        long retentionDefault, long retentionHard, long durationDefault, long durationHard, long outputLimitDefault,
        long outputLimitHard, long uploadLimitHard) implements CapabilityExtension {

    static final String NS = "http://www.ivoa.net/xml/TAPRegExt/v1.0";

    /**
     * A query language.
     *
     * @param name its name, for example ADQL
     * @param versions version labels with their IVOA identifiers
     * @param description a short description
     * @param features optional features by TAPRegExt feature type URI
     */
    public record Language(String name, Map<String, String> versions, String description,
            Map<String, List<LanguageFeatures.Feature>> features) {
    }

    @Override
    public String type() {
        return "tr:TableAccess";
    }

    @Override
    public Map<String, String> namespaces() {
        return Map.of("tr", NS);
    }

    @Override
    public void writeContent(XMLStreamWriter w) throws XMLStreamException {
        for (var model : dataModels.entrySet()) {
            w.writeStartElement("dataModel");
            w.writeAttribute("ivo-id", model.getKey());
            w.writeCharacters(model.getValue());
            w.writeEndElement();
        }
        for (Language language : languages) {
            w.writeStartElement("language");
            text(w, "name", language.name());
            for (var version : language.versions().entrySet()) {
                w.writeStartElement("version");
                w.writeAttribute("ivo-id", version.getValue());
                w.writeCharacters(version.getKey());
                w.writeEndElement();
            }
            text(w, "description", language.description());
            for (var type : language.features().entrySet()) {
                w.writeStartElement("languageFeatures");
                w.writeAttribute("type", type.getKey());
                for (LanguageFeatures.Feature feature : type.getValue()) {
                    w.writeStartElement("feature");
                    text(w, "form", feature.form());
                    text(w, "description", feature.description());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        for (ResultFormat format : ResultFormat.values()) {
            w.writeStartElement("outputFormat");
            if (format == ResultFormat.VOTABLE) {
                w.writeAttribute("ivo-id", "ivo://ivoa.net/std/TAPRegExt#output-votable-td");
            } else if (format == ResultFormat.VOTABLE_BINARY) {
                w.writeAttribute("ivo-id", "ivo://ivoa.net/std/TAPRegExt#output-votable-binary");
            } else if (format == ResultFormat.VOTABLE_BINARY2) {
                w.writeAttribute("ivo-id", "ivo://ivoa.net/std/TAPRegExt#output-votable-binary2");
            }
            text(w, "mime", format.mimeType());
            for (String alias : format.aliases()) {
                if (!alias.contains("/")) {
                    text(w, "alias", alias);
                }
            }
            w.writeEndElement();
        }
        for (String method : uploadMethods) {
            w.writeEmptyElement("uploadMethod");
            w.writeAttribute("ivo-id", method);
        }
        limits(w, "retentionPeriod", retentionDefault, retentionHard, null);
        limits(w, "executionDuration", durationDefault, durationHard, null);
        limits(w, "outputLimit", outputLimitDefault, outputLimitHard, "row");
        if (uploadLimitHard >= 0) {
            w.writeStartElement("uploadLimit");
            w.writeStartElement("hard");
            w.writeAttribute("unit", "byte");
            w.writeCharacters(Long.toString(uploadLimitHard));
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    private static void limits(XMLStreamWriter w, String name, long byDefault, long hard, String unit)
            throws XMLStreamException {
        w.writeStartElement(name);
        for (var limit : List.of(Map.entry("default", byDefault), Map.entry("hard", hard))) {
            w.writeStartElement(limit.getKey());
            if (unit != null) {
                w.writeAttribute("unit", unit);
            }
            w.writeCharacters(Long.toString(limit.getValue()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
