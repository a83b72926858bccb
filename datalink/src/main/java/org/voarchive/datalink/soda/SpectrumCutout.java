package org.voarchive.datalink.soda;

import java.lang.reflect.Array;
import java.util.Map;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.NullDataHDU;

/**
 * Cuts a band out of a Phase 3 spectrum: an empty primary HDU and a one-row binary table of array
 * columns (WAVE, FLUX, ERR, QUAL). Every array column as long as WAVE keeps the bins whose wavelength
 * lies in the band; the keywords that describe the spectral range (NELEM, TDMINn/TDMAXn of WAVE,
 * SPEC_VAL, SPEC_BW, WAVELMIN, WAVELMAX) describe the cut, and each HDU gets new checksums.
 */
final class SpectrumCutout {

    /** Metres per unit of the WAVE column. */
    private static final Map<String, Double> METRES = Map.of("nm", 1e-9, "m", 1.0, "um", 1e-6, "Angstrom", 1e-10,
            "angstrom", 1e-10);
    private static final double NM = 1e-9;

    private SpectrumCutout() {
    }

    /**
     * @param primary the product's primary HDU (no data)
     * @param table the SPECTRUM extension
     * @param band the wavelength interval in metres
     * @param arcfile the source file's name, for the HISTORY card
     * @return the new primary and extension
     * @throws SodaException NoOverlap when no bin is in the band, UsageError when the table is not a
     *     one-row spectrum with a WAVE column in a wavelength unit
     */
    static BasicHDU<?>[] cut(BasicHDU<?> primary, BinaryTableHDU table, Interval band, String arcfile)
            throws FitsException {
        BinaryTable data = table.getData();
        int waveColumn = table.findColumn("WAVE");
        if (data.getNRows() != 1 || waveColumn < 0) {
            throw SodaException.usage("this product is not a one-row spectrum with a WAVE column");
        }
        Header th = table.getHeader();
        String unitKey = "TUNIT" + (waveColumn + 1);
        String unit = th.containsKey(unitKey) ? th.getStringValue(unitKey).trim() : "nm";
        Double metresPerUnit = METRES.get(unit);
        if (metresPerUnit == null) {
            throw SodaException.usage("the spectrum's WAVE column is in " + unit + ", not a wavelength unit");
        }
        Object waveCell = data.getElement(0, waveColumn);
        int n = Array.getLength(waveCell);
        double[] wave = new double[n];
        for (int i = 0; i < n; i++) {
            wave[i] = Array.getDouble(waveCell, i);
        }
        int[] bins = bins(wave, band.inUnitsOf(metresPerUnit));
        int first = bins[0];
        int last = bins[1];
        int kept = last - first + 1;

        BinaryTable cut = new BinaryTable();
        for (int c = 0; c < data.getNCols(); c++) {
            Object cell = data.getElement(0, c);
            Object value = cell;
            if (cell.getClass().isArray() && Array.getLength(cell) == n) {
                value = Array.newInstance(cell.getClass().getComponentType(), kept);
                System.arraycopy(cell, first, value, 0, kept);
            }
            Object rows = Array.newInstance(value.getClass(), 1);
            Array.set(rows, 0, value);
            cut.addColumn(rows);
        }
        BinaryTableHDU extension = cut.toHDU();
        Header eh = extension.getHeader();
        for (int c = 1; c <= data.getNCols(); c++) {
            // the new table names its columns "Column n"; the source's names are the ones to keep
            eh.deleteKey("TTYPE" + c);
        }
        Headers.carryOver(th, eh, "TDIM");
        double lo = wave[first];
        double hi = wave[last];
        Headers.update(eh, "NELEM", (long) kept);
        Headers.update(eh, "TDMIN" + (waveColumn + 1), lo);
        Headers.update(eh, "TDMAX" + (waveColumn + 1), hi);
        Headers.update(eh, "SPEC_VAL", (lo + hi) / 2);
        Headers.update(eh, "SPEC_BW", hi - lo);
        String history = "SODA cutout of " + arcfile + ": bins " + (first + 1) + ".." + (last + 1) + " of " + n;
        Headers.history(eh, history);

        NullDataHDU head = new NullDataHDU();
        Header ph = head.getHeader();
        Headers.carryOver(primary.getHeader(), ph);
        Headers.update(ph, "WAVELMIN", lo * metresPerUnit / NM);
        Headers.update(ph, "WAVELMAX", hi * metresPerUnit / NM);
        Headers.history(ph, history);
        return new BasicHDU<?>[] {head, extension};
    }

    /**
     * The first and last index of the bins whose wavelength is inside the band; when the band is
     * narrower than a bin and falls between two centres, the one bin nearest to it.
     */
    static int[] bins(double[] wave, Interval band) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < wave.length; i++) {
            if (band.holds(wave[i])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first >= 0) {
            return new int[] {first, last};
        }
        int n = wave.length;
        double halfLow = (wave[1] - wave[0]) / 2;
        double halfHigh = (wave[n - 1] - wave[n - 2]) / 2;
        if (!band.overlaps(wave[0] - halfLow, wave[n - 1] + halfHigh)) {
            throw SodaException.noOverlap("the band lies outside the spectrum's wavelengths");
        }
        double middle = Double.isInfinite(band.lo()) ? band.hi() : Double.isInfinite(band.hi()) ? band.lo()
                : (band.lo() + band.hi()) / 2;
        int nearest = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(wave[i] - middle) < Math.abs(wave[nearest] - middle)) {
                nearest = i;
            }
        }
        return new int[] {nearest, nearest};
    }
}
