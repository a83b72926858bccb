/**
 * ESO Phase 3 science data products (SDP standard v8-like): {@link org.voarchive.ingest.phase3.Phase3Writer}
 * turns a reduced spectrum or image plus its {@link org.voarchive.ingest.phase3.ProductMetadata} into a
 * product file, and {@link org.voarchive.ingest.phase3.Phase3Validator} checks any FITS file against the
 * keyword rules of its {@code PRODCATG}, which live in one XML resource per product category
 * ({@code rules/SCIENCE.SPECTRUM.xml}, ...) rather than in code.
 */
package org.voarchive.ingest.phase3;
