package org.voarchive.ingest.rules;

import java.util.List;

/**
 * Where the associator finds calibrations: the part of the archive it may read.
 *
 * <p>Implementations return every frame or product of the instrument carrying the tag, in any order,
 * or an empty list (never null); the associator filters by setup and time itself, so an implementation
 * may narrow the result by time only if it keeps everything within the rule's largest window. The
 * associator may call it several times for one tree and remembers the answer per tag within one call
 * of {@link Associator#tree}; implementations need not be thread-safe unless shared across threads.
 */
public interface CalibrationCatalog {

    List<Candidate> candidates(String instrument, String tag);
}
