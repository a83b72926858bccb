/**
 * The product index: the facets module's own view of a product ({@link org.voarchive.facets.index.ProductDocument}),
 * how it is laid out in Lucene fields, and the near-real-time index that holds one document per
 * publisher DID.
 */
package org.voarchive.facets.index;
