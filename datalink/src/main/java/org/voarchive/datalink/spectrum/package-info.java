/**
 * Phase 3 spectra as VOTable documents: {@code /datalink/spectrum/{ID}.vot} reads a released
 * SCIENCE.SPECTRUM product and writes it in the IVOA Spectrum data model's VOTable serialization (one row
 * per bin, the product's metadata as utype-tagged PARAMs in GROUPs), so SSA can offer every spectrum as
 * VOTable too.
 */
package org.voarchive.datalink.spectrum;
