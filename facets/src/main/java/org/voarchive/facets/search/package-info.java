/**
 * Searching the product index: a request parsed and validated once from query parameters, the facets
 * it counts (terms and numeric ranges, drill-sideways), who may see what, and the search itself.
 */
package org.voarchive.facets.search;
