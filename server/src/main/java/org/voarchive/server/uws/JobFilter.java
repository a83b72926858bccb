package org.voarchive.server.uws;

import java.time.Instant;
import java.util.Set;

/**
 * The job list filters of UWS 1.1. Without PHASE, ARCHIVED jobs are left out.
 *
 * @param phases only jobs in one of these phases; empty for all but ARCHIVED
 * @param after only jobs created after this instant, or null
 * @param last only the most recently created this many jobs, newest first, or null
 * @param ownerId only this owner's jobs, or null for anonymous jobs only
 */
public record JobFilter(Set<ExecutionPhase> phases, Instant after, Integer last, String ownerId) {

    public JobFilter {
        phases = Set.copyOf(phases);
        if (last != null && last < 0) {
            throw new IllegalArgumentException("LAST must not be negative: " + last);
        }
    }
}
