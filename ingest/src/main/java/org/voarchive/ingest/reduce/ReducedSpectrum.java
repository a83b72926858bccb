package org.voarchive.ingest.reduce;

/**
 * A science spectrum as the reducer extracted it: one row of wavelengths (nm, increasing), flux and
 * its one-sigma error, with the figures the Phase 3 product and ObsCore carry.
 *
 * @param waveNm         wavelength of each bin, nanometres, strictly increasing
 * @param flux           extracted flux per bin (ADU, or erg/cm2/s/A when flux calibrated)
 * @param error          one-sigma error of each bin, same unit as flux
 * @param snr            median signal-to-noise ratio per bin
 * @param resolvingPower spectral resolving power lambda / delta-lambda
 * @param binNm          mean bin width, nanometres (Phase 3 SPEC_BIN)
 */
public record ReducedSpectrum(double[] waveNm, double[] flux, double[] error, double snr,
                              double resolvingPower, double binNm) {
}
