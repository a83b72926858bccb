/**
 * Faceted search: a Lucene 9 index of published products with facet and numeric range counts, and its
 * JSON API. It never reads the database: ingest and the rebuild command hand it documents.
 */
package org.voarchive.facets;
