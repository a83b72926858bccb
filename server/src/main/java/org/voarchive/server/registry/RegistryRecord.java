package org.voarchive.server.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One resource the registry publishes: its IVOA identifier, its datestamp, what Dublin Core says about it,
 * and how to write its VOResource record.
 *
 * @param identifier the IVOA identifier, for example {@code ivo://voarchive.example/archive}
 * @param datestamp when the record last changed, to the second
 * @param title the resource's title
 * @param description what it is, in a sentence or more
 * @param publisher who publishes it
 * @param subjects subject keywords, at least one
 * @param type the Dublin Core type, for example {@code Service}
 * @param resource writes the record as one {@code ri:Resource} element
 */
public record RegistryRecord(String identifier, Instant datestamp, String title, String description,
        String publisher, List<String> subjects, String type, ResourceWriter resource) {

    public RegistryRecord {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(resource, "resource");
        datestamp = datestamp.truncatedTo(ChronoUnit.SECONDS);
        subjects = List.copyOf(subjects);
    }

    /** Writes this record's {@code ri:Resource} element, its namespaces declared on it, into a document. */
    public void writeResource(XMLStreamWriter w) throws XMLStreamException {
        resource.write(w, this);
    }

    /** Writes a record's {@code ri:Resource} element from the record's fields and what the writer knows. */
    @FunctionalInterface
    public interface ResourceWriter {
        void write(XMLStreamWriter w, RegistryRecord record) throws XMLStreamException;
    }
}
