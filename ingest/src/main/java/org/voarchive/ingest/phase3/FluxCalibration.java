package org.voarchive.ingest.phase3;

/** The {@code FLUXCAL} of a product: whether its values are in physical flux units. */
public enum FluxCalibration {
    /** Detector counts; spectra carry {@code FLUXERR = -1} and flux in {@code adu}. */
    UNCALIBRATED,
    /** Absolute flux; spectra carry flux density in erg/cm2/s/angstrom. */
    ABSOLUTE
}
