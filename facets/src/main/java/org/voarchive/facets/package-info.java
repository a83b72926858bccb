/**
 * Faceted search (to come): a Lucene 9 index of published products with facet and numeric range
 * counts, its JSON API and web page. It never reads the database: ingest and the rebuild command hand
 * it documents.
 */
package org.voarchive.facets;
