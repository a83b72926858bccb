package org.voarchive.server.registry;

import java.util.Set;

/** The six OAI-PMH verbs with the arguments each allows and requires (resumptionToken aside). */
public enum OaiVerb {
    Identify(Set.of(), Set.of()),
    ListMetadataFormats(Set.of("identifier"), Set.of()),
    ListSets(Set.of(), Set.of()),
    ListIdentifiers(Set.of("metadataPrefix", "from", "until", "set"), Set.of("metadataPrefix")),
    ListRecords(Set.of("metadataPrefix", "from", "until", "set"), Set.of("metadataPrefix")),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of("identifier", "metadataPrefix"));

    private final Set<String> allowed;
    private final Set<String> required;

    OaiVerb(Set<String> allowed, Set<String> required) {
        this.allowed = allowed;
        this.required = required;
    }

    /** Arguments the verb takes besides {@code verb} and {@code resumptionToken}. */
    Set<String> allowed() {
        return allowed;
    }

    /** Arguments it cannot do without, unless a resumption token stands for them. */
    Set<String> required() {
        return required;
    }

    /** Whether the verb continues with a resumption token (the list verbs). */
    boolean resumable() {
        return this == ListIdentifiers || this == ListRecords || this == ListSets;
    }
}
