package org.voarchive.facets.search;

import java.util.Set;

/**
 * What a caller may see: every public product, the proprietary products of the programmes the caller
 * is entitled to (by proposal_id), and everything when the caller operates the archive.
 */
public record Visibility(Set<String> programmes, boolean operator) {

    /** A caller entitled to nothing proprietary, such as an anonymous one. */
    public static final Visibility PUBLIC_ONLY = new Visibility(Set.of(), false);

    public Visibility {
        programmes = Set.copyOf(programmes);
    }
}
