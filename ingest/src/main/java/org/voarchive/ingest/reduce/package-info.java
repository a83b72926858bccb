/**
 * Reduction: the {@code Reducer} interface, the built-in Java reducer (median-combined masters,
 * calibrated science frames, extracted echelle spectra) and the reducer that runs ESO's esorex recipes.
 */
package org.voarchive.ingest.reduce;
