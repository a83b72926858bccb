package org.voarchive.server.registry;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the OAI-PMH repository holds at one moment: its identity and its records.
 *
 * @param baseUrl the OAI-PMH base URL (the {@code /oai} endpoint)
 * @param name the repository's name
 * @param adminEmail the administrator's e-mail
 * @param registryIdentifier the identifier of the record describing the registry itself (the Identify description)
 * @param records every record, in a stable order
 * @param pageSize how many records a list answer holds at most
 */
public record OaiRepository(URI baseUrl, String name, String adminEmail, String registryIdentifier,
        List<RegistryRecord> records, int pageSize) {

    /** The one set: the resources whose authority this registry manages, which are all of them. */
    public static final String MANAGED_SET = "ivo_managed";

    public OaiRepository {
        records = List.copyOf(records);
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one record");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** The record of an identifier (IVOA identifiers compare without regard to case), or empty. */
    public Optional<RegistryRecord> record(String identifier) {
        return records.stream().filter(r -> r.identifier().equalsIgnoreCase(identifier)).findFirst();
    }

    /** The earliest datestamp of any record. */
    public Instant earliestDatestamp() {
        return records.stream().map(RegistryRecord::datestamp).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    /** A digest of the identifiers and datestamps, which changes when any record does. */
    String snapshot() {
        StringBuilder s = new StringBuilder();
        records.forEach(r -> s.append(r.identifier()).append(' ').append(r.datestamp()).append('\n'));
        return Integer.toHexString(s.toString().hashCode());
    }
}
