package org.voarchive.ingest.catalog;

/**
 * A file on the transfer stream and how far it has come.
 *
 * @param stage the last stage completed ({@code land} once stored)
 * @param state ACTIVE (more stages to run), WAITING (for calibrations), DONE or QUARANTINED
 */
public record Item(long id, String sha256, String sourceName, String arcfile, String instrument,
                   String stage, String state, String reasonCode, String reason, String storePath) {
}
