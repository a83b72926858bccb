package org.voarchive.db.demo;

/**
 * One instrument setting of the demo holdings: a spectral range and the resolving power it gives.
 *
 * @param name the setting as astronomers name it (grating, arm or filter)
 * @param minNm lower wavelength, nm
 * @param maxNm upper wavelength, nm
 * @param minPower lowest resolving power of the setting (slit or binning dependent)
 * @param maxPower highest resolving power
 */
record Setup(String name, double minNm, double maxNm, double minPower, double maxPower) {

    /** A filter: its resolving power is its central wavelength over its width. */
    static Setup filter(String name, double minNm, double maxNm) {
        double power = (minNm + maxNm) / 2 / (maxNm - minNm);
        return new Setup(name, minNm, maxNm, power, power);
    }
}
