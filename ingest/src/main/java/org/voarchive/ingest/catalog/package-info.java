/**
 * The back end's named queries over the {@code archive} schema: ingest items (the checkpoints), files
 * and headers, QC1 series, masters, associations, products and provenance. Every method works inside
 * the caller's transaction, so a stage's writes and its checkpoint commit together.
 */
package org.voarchive.ingest.catalog;
