/**
 * Keeping the search index true to the database: products are indexed as they are published, a
 * start-up check compares every {@code ivoa.obscore} row with the index and repairs what drifted, and
 * {@code ./archive reindex} rebuilds the index from scratch. The facets module never reads the database;
 * this package hands it documents.
 */
package org.voarchive.ingest.index;
