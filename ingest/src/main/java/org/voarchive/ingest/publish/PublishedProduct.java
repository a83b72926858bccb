package org.voarchive.ingest.publish;

import org.voarchive.db.obscore.ObsCoreRecord;

/**
 * The {@code Published} event: a product that has just become part of the archive, with the ObsCore row
 * that describes it, so a listener (the facet index) needs no database read of its own.
 *
 * @param arcfile        the product's file name (ADP.*.fits)
 * @param scienceArcfile the raw science frame it was reduced from
 */
public record PublishedProduct(String arcfile, String scienceArcfile, ObsCoreRecord obscore) {
}
