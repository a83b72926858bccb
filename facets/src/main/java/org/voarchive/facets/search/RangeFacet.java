package org.voarchive.facets.search;

import java.math.BigDecimal;
import java.math.MathContext;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.index.RangeBuckets;

/**
 * The numeric range facets. Parameters and answers speak the display unit (nm for wavelengths, the
 * date as ISO dates); the index and ivoa.obscore hold ObsCore's unit (metres, MJD). Bounds given in nm
 * are widened by a relative 1e-12 once in metres, so that 500 nm takes in a product whose 500 nm was
 * stored as 500 * 1e-9 (one unit in the last place above 5e-7) as well as one stored as 5e-7; the ADQL
 * bridge writes the widened bounds, so the search and its ADQL still select the same rows. The buckets
 * are fixed: see {@link RangeBuckets}.
 */
public enum RangeFacet {
    SNR("snr", "Signal-to-noise", "", ProductFields.SNR, 0),
    RESOLUTION("resolution", "Spectral resolving power", "", ProductFields.RESOLUTION, 0),
    WAVEMIN("wavemin", "Minimum wavelength", "nm", ProductFields.EM_MIN, -9),
    WAVEMAX("wavemax", "Maximum wavelength", "nm", ProductFields.EM_MAX, -9),
    EXPTIME("exptime", "Exposure time", "s", ProductFields.EXPTIME, 0),
    MAGLIM("maglim", "Limiting magnitude", "mag", ProductFields.MAGLIM, 0),
    /** Observation start; its buckets are the years 2000 to 2030. */
    DATE("date", "Observation date", "", ProductFields.T_MIN, 0);

    private final String parameter;
    private final String label;
    private final String unit;
    private final String field;
    private static final double TOLERANCE = 1e-12;

    private final int exponent;

    RangeFacet(String parameter, String label, String unit, String field, int exponent) {
        this.parameter = parameter;
        this.label = label;
        this.unit = unit;
        this.field = field;
        this.exponent = exponent;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The display unit, empty for pure numbers and dates. */
    public String unit() {
        return unit;
    }

    /** The index field, which is also the ivoa.obscore column. */
    public String field() {
        return field;
    }

    /** Whether the stored unit differs from the display unit (wavelengths: nm shown, metres stored). */
    public boolean scaled() {
        return exponent != 0;
    }

    /** A lower bound in the display unit as stored. */
    public double toStoredLow(BigDecimal display) {
        double v = toStored(display);
        return exponent == 0 ? v : v - Math.abs(v) * TOLERANCE;
    }

    /** An upper bound in the display unit as stored. */
    public double toStoredHigh(BigDecimal display) {
        double v = toStored(display);
        return exponent == 0 ? v : v + Math.abs(v) * TOLERANCE;
    }

    private double toStored(BigDecimal display) {
        return display.scaleByPowerOfTen(exponent).doubleValue();
    }

    /** A stored value in the display unit, to ten significant digits (hiding the binary rounding). */
    public double toDisplay(double stored) {
        return new BigDecimal(stored).scaleByPowerOfTen(-exponent).round(new MathContext(10)).doubleValue();
    }

    /** Bucket edges in the stored unit, ascending. */
    public double[] storedEdges() {
        return RangeBuckets.edges(field);
    }

    public boolean isDate() {
        return this == DATE;
    }
}
