package org.voarchive.server.vosi;

import java.util.List;
import java.util.Objects;

/**
 * One capability of the archive, as VOResource describes it: a standard identifier and the interfaces
 * through which it is reached.
 *
 * @param standardId the IVOA standard identifier, for example {@code ivo://ivoa.net/std/TAP}
 * @param title a short human name for the landing page, for example "Table Access Protocol"
 * @param interfaces at least one interface
 * @param extension what a registry extension schema adds (TAPRegExt, SimpleDALRegExt), or null
 */
public record Capability(String standardId, String title, List<CapabilityInterface> interfaces,
        CapabilityExtension extension) {

    public Capability {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(title, "title");
        interfaces = List.copyOf(interfaces);
        if (interfaces.isEmpty()) {
            throw new IllegalArgumentException("a capability needs at least one interface: " + standardId);
        }
    }

    /** A capability that needs no extension schema. */
    public Capability(String standardId, String title, List<CapabilityInterface> interfaces) {
        this(standardId, title, interfaces, null);
    }
}
