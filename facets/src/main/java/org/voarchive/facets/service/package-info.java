/**
 * The index in the server: one {@link org.voarchive.facets.service.SearchIndex} opened in the data
 * directory for the application's lifetime, which ingest feeds and the search reads.
 */
package org.voarchive.facets.service;
