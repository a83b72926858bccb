/**
 * SODA 1.0 synchronous cutouts at {@code /datalink/soda}: the parameters (ID, CIRCLE, POLYGON, BAND,
 * TIME, POL) parsed once into a {@link org.voarchive.datalink.soda.CutoutRequest}, a released product
 * resolved as the query role, and a new FITS file cut from it: a pixel box of an image or cube through
 * its TAN WCS (plus a wavelength slab of a cube), or the bins of a Phase 3 spectrum inside a band.
 * Faults are SODA's text/plain messages; a request that selects no data is answered 204 as SODA says.
 */
package org.voarchive.datalink.soda;
