package org.voarchive.server.registry;

import java.time.Instant;
import java.util.Objects;

/**
 * What the configuration says about the archive as a publisher of registry records.
 *
 * @param authority the naming authority, as in {@code ivo://<authority>/...}
 * @param title the archive's title
 * @param publisher the publishing organisation's name
 * @param contactName the contact's name
 * @param contactEmail the contact's e-mail, also the repository's adminEmail
 * @param description the archive's description, or null for one made from its capabilities
 * @param updated when this configuration last changed: the datestamp of the records that depend on it only
 * @param pageSize records per OAI-PMH list answer
 */
public record RegistrySettings(String authority, String title, String publisher, String contactName,
        String contactEmail, String description, Instant updated, int pageSize) {

    public RegistrySettings {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(updated, "updated");
    }

    /** The identifier of the naming authority's record. */
    public String authorityId() {
        return "ivo://" + authority;
    }

    /** The identifier of the publishing organisation's record. */
    public String organisationId() {
        return authorityId() + "/org";
    }

    /** The identifier of the registry's own record. */
    public String registryId() {
        return authorityId() + "/registry";
    }

    /** The identifier of the archive's service record. */
    public String archiveId() {
        return authorityId() + "/archive";
    }
}
