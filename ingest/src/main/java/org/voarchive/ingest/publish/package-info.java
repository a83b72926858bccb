/**
 * Publication: a checked Phase 3 product becomes an ObsCore row, a file record and its provenance in
 * one transaction, and listeners (the facet index, notifications) hear of it after the commit.
 */
package org.voarchive.ingest.publish;
