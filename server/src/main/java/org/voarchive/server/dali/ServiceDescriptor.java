package org.voarchive.server.dali;

import java.util.Objects;

/**
 * A service that a result VOTable advertises for its rows (DataLink 1.1 section 4): a client calls the
 * service with one input parameter taken from a column of the result, such as a DataLink {links}
 * service whose {@code ID} is each row's {@code obs_publisher_did}.
 *
 * @param id the XML ID of the descriptor's {@code RESOURCE}, unique among descriptors ({@code datalink})
 * @param standardId the standard the service implements ({@code ivo://ivoa.net/std/DataLink#links-1.1})
 * @param accessPath where the service is, relative to the archive's public base URL ({@code datalink/links})
 * @param description what a client gets from it, for people
 * @param inputParam the service's input parameter that takes the column's value ({@code ID})
 * @param column the name of the result column whose values the parameter takes, matched case-insensitively
 */
public record ServiceDescriptor(String id, String standardId, String accessPath, String description,
        String inputParam, String column) {

    public ServiceDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(accessPath, "accessPath");
        Objects.requireNonNull(inputParam, "inputParam");
        Objects.requireNonNull(column, "column");
        if (accessPath.startsWith("/")) {
            throw new IllegalArgumentException("accessPath must be relative to the base URL: " + accessPath);
        }
    }
}
