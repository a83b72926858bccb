package org.voarchive.datalink.soda;

import java.util.Map;
import nom.tam.fits.Header;

/**
 * A linear wavelength axis of a cube ({@code CTYPEn = 'WAVE'}), mapping wavelengths in metres to pixel
 * coordinates along it. Immutable.
 */
final class SpectralAxis {

    /** Metres per unit, for the units WAVE axes are written in. */
    private static final Map<String, Double> METRES = Map.of("m", 1.0, "nm", 1e-9, "um", 1e-6, "Angstrom", 1e-10,
            "angstrom", 1e-10);

    private final double crval;
    private final double crpix;
    private final double delta;
    private final double metresPerUnit;

    private SpectralAxis(double crval, double crpix, double delta, double metresPerUnit) {
        this.crval = crval;
        this.crpix = crpix;
        this.delta = delta;
        this.metresPerUnit = metresPerUnit;
    }

    /**
     * Axis {@code n} of a header as a wavelength axis.
     *
     * @throws IllegalArgumentException when it is not a linear WAVE axis in a known unit
     */
    static SpectralAxis of(Header h, int n) {
        String ctype = h.getStringValue("CTYPE" + n);
        if (ctype == null || !ctype.trim().equals("WAVE")) {
            throw new IllegalArgumentException("axis " + n + " is " + ctype + ", not a linear wavelength axis (WAVE)");
        }
        String unit = h.containsKey("CUNIT" + n) ? h.getStringValue("CUNIT" + n).trim() : "m";
        Double metres = METRES.get(unit);
        if (metres == null) {
            throw new IllegalArgumentException("axis " + n + " is in " + unit + ", not a wavelength unit");
        }
        double delta = h.containsKey("CD" + n + "_" + n) ? h.getDoubleValue("CD" + n + "_" + n)
                : h.getDoubleValue("CDELT" + n, 0);
        if (delta == 0 || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("axis " + n + " has no wavelength step");
        }
        return new SpectralAxis(h.getDoubleValue("CRVAL" + n), h.getDoubleValue("CRPIX" + n, 1), delta, metres);
    }

    /** The continuous 1-based pixel coordinate of a wavelength in metres (infinite stays infinite). */
    double pixel(double metres) {
        if (Double.isInfinite(metres)) {
            return metres * Math.signum(delta);
        }
        return crpix + (metres / metresPerUnit - crval) / delta;
    }

    /** The pixels of an axis of {@code n} a band in metres covers, or null when none. */
    AxisRange range(Interval band, int n) {
        return AxisRange.covering(pixel(band.lo()), pixel(band.hi()), n);
    }
}
