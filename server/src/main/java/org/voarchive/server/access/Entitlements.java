package org.voarchive.server.access;

import java.util.Set;

/**
 * What one caller may see besides released data.
 *
 * @param programmes the programmes (PROG IDs) whose proprietary rows the caller sees, as PI or delegate
 * @param operator whether the caller sees every row
 */
public record Entitlements(Set<String> programmes, boolean operator) {

    /** An anonymous caller's: released data only. */
    public static final Entitlements NONE = new Entitlements(Set.of(), false);

    public Entitlements {
        programmes = Set.copyOf(programmes);
    }

    /** Whether a row of that programme, not yet released, is visible. */
    public boolean sees(String programme) {
        return operator || programme != null && programmes.contains(programme);
    }
}
