/**
 * The bridge to the VO: every search as the equivalent ADQL query on {@code ivoa.obscore}, which any
 * TAP service holding the archive's ObsCore table answers with the same products.
 */
package org.voarchive.facets.adql;
