package org.voarchive.datalink.spectrum;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;

/**
 * A Phase 3 spectrum read from its FITS file: the primary header's figures, the SPECTRUM extension's
 * metadata and its one row of array columns, each with the name, unit, utype and UCD the file gives.
 *
 * @param title TITLE
 * @param object OBJECT, the target name
 * @param ra RA of the target, degrees
 * @param dec DEC of the target, degrees
 * @param waveMin WAVELMIN, in the WAVE column's unit
 * @param waveMax WAVELMAX, in the WAVE column's unit
 * @param resolvingPower SPEC_RES
 * @param snr SNR
 * @param columns the array columns, WAVE first
 */
record SpectrumProduct(Optional<String> title, Optional<String> object, OptionalDouble ra, OptionalDouble dec,
        OptionalDouble waveMin, OptionalDouble waveMax, OptionalDouble resolvingPower, OptionalDouble snr,
        List<Column> columns) {

    static final String PRODCATG = "SCIENCE.SPECTRUM";

    /**
     * One array column.
     *
     * @param integral whether the FITS column holds integers (QUAL), so they are written as such
     * @param values the values, one per bin
     */
    record Column(String name, String unit, String utype, String ucd, boolean integral, double[] values) {
    }

    SpectrumProduct {
        columns = List.copyOf(columns);
    }

    /** The number of bins. */
    int length() {
        return columns.get(0).values().length;
    }

    Column wave() {
        return columns.get(0);
    }

    /**
     * Reads a product file.
     *
     * @throws NotASpectrumException when the file is not a Phase 3 spectrum (PRODCATG, a one-row SPECTRUM
     *     table with a WAVE column)
     */
    static SpectrumProduct read(Path file) throws IOException {
        try (Fits fits = new Fits(file.toFile())) {
            BasicHDU<?>[] hdus = fits.read();
            if (hdus.length < 2 || !PRODCATG.equals(text(hdus[0].getHeader(), "PRODCATG").orElse(""))
                    || !(hdus[1] instanceof BinaryTableHDU table)) {
                throw new NotASpectrumException("not a Phase 3 spectrum (PRODCATG " + PRODCATG + ")");
            }
            Header p = hdus[0].getHeader();
            Header t = table.getHeader();
            int wave = table.findColumn("WAVE");
            if (table.getData().getNRows() != 1 || wave < 0) {
                throw new NotASpectrumException("the spectrum is not one row of arrays with a WAVE column");
            }
            List<Column> columns = new ArrayList<>();
            columns.add(column(table, wave));
            for (int c = 0; c < table.getNCols(); c++) {
                Object cell = table.getData().getElement(0, c);
                if (c != wave && cell.getClass().isArray() && Array.getLength(cell) == columns.get(0).values().length) {
                    columns.add(column(table, c));
                }
            }
            return new SpectrumProduct(either(t, p, "TITLE"), either(t, p, "OBJECT"), number(t, p, "RA"),
                    number(t, p, "DEC"), number(p, t, "WAVELMIN"), number(p, t, "WAVELMAX"),
                    number(p, t, "SPEC_RES"), number(p, t, "SNR"), columns);
        } catch (FitsException e) {
            throw new IOException("the product cannot be read as FITS: " + e.getMessage(), e);
        }
    }

    private static Column column(BinaryTableHDU table, int c) throws FitsException {
        Header h = table.getHeader();
        int n = c + 1;
        Object cell = table.getData().getElement(0, c);
        double[] values = new double[Array.getLength(cell)];
        for (int i = 0; i < values.length; i++) {
            values[i] = Array.getDouble(cell, i);
        }
        Class<?> type = cell.getClass().getComponentType();
        boolean integral = type == int.class || type == short.class || type == long.class || type == byte.class;
        return new Column(table.getColumnName(c).trim(), text(h, "TUNIT" + n).orElse(""),
                text(h, "TUTYP" + n).orElse(""), text(h, "TUCD" + n).orElse(""), integral, values);
    }

    /** A keyword from the first header that has it: the extension repeats some primary keywords. */
    private static Optional<String> either(Header first, Header second, String key) {
        return text(first, key).or(() -> text(second, key));
    }

    private static OptionalDouble number(Header first, Header second, String key) {
        for (Header h : new Header[] {first, second}) {
            if (h.containsKey(key)) {
                double v = h.getDoubleValue(key, Double.NaN);
                if (Double.isFinite(v)) {
                    return OptionalDouble.of(v);
                }
            }
        }
        return OptionalDouble.empty();
    }

    private static Optional<String> text(Header h, String key) {
        return h.containsKey(key) ? Optional.ofNullable(h.getStringValue(key)).map(String::trim)
                .filter(s -> !s.isEmpty()) : Optional.empty();
    }
}
