package org.voarchive.server.registry;

import java.util.Arrays;
import java.util.Optional;

/** The metadata formats every record is disseminated in: Dublin Core, as OAI-PMH requires, and VOResource. */
public enum MetadataFormat {
    oai_dc("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    ivo_vor("http://www.ivoa.net/xml/RegistryInterface/v1.0", "http://www.ivoa.net/xml/RegistryInterface/v1.0");

    private final String schema;
    private final String namespace;

    MetadataFormat(String schema, String namespace) {
        this.schema = schema;
        this.namespace = namespace;
    }

    public String schema() {
        return schema;
    }

    public String namespace() {
        return namespace;
    }

    /** The format of a metadataPrefix, or empty when the repository has none of that name. */
    public static Optional<MetadataFormat> of(String prefix) {
        return Arrays.stream(values()).filter(f -> f.name().equals(prefix)).findFirst();
    }
}
