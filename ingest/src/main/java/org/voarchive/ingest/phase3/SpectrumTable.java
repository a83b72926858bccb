package org.voarchive.ingest.phase3;

import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.FitsException;

import org.voarchive.ingest.reduce.ReducedSpectrum;

/**
 * The {@code SPECTRUM} extension of a spectrum product: one row of array columns WAVE (nm), FLUX,
 * ERR and QUAL, described with IVOA Spectrum data model utypes and UCDs, plus the spectral figures
 * the primary header repeats.
 */
final class SpectrumTable {

    static final String EXTNAME = "SPECTRUM";
    private static final String FLUX_DENSITY_UNIT = "erg cm**(-2) s**(-1) angstrom**(-1)";

    /** One column's name, unit, Spectrum DM utype and UCD. */
    private record Column(String name, String unit, String utype, String ucd) {
    }

    private final ProductMetadata metadata;
    private final ReducedSpectrum spectrum;
    private final int[] quality;

    private SpectrumTable(ProductMetadata metadata, ReducedSpectrum spectrum, int[] quality) {
        this.metadata = metadata;
        this.spectrum = spectrum;
        this.quality = quality;
    }

    static SpectrumTable of(ProductMetadata metadata, ReducedSpectrum spectrum) {
        double[] wave = spectrum.waveNm();
        int n = wave.length;
        if (n < 2 || spectrum.flux().length != n || spectrum.error().length != n) {
            throw new IllegalArgumentException(metadata.arcfile() + ": a spectrum needs at least two bins and as many"
                    + " fluxes and errors as wavelengths, has " + n + ", " + spectrum.flux().length + " and "
                    + spectrum.error().length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(wave[i]) || i > 0 && !(wave[i] > wave[i - 1])) {
                throw new IllegalArgumentException(metadata.arcfile() + ": wavelengths must be finite and strictly"
                        + " increasing; bin " + i + " is " + wave[i] + " nm");
            }
        }
        int[] quality = new int[n];
        for (int i = 0; i < n; i++) {
            double err = spectrum.error()[i];
            // A bin with no usable flux or error cannot be trusted; everything else is good (0).
            quality[i] = Double.isFinite(spectrum.flux()[i]) && Double.isFinite(err) && err > 0 ? 0 : 1;
        }
        return new SpectrumTable(metadata, spectrum, quality);
    }

    double minNm() {
        return spectrum.waveNm()[0];
    }

    double maxNm() {
        return spectrum.waveNm()[spectrum.waveNm().length - 1];
    }

    void writePrimaryKeywords(Cards cards) {
        cards.add("SPECSYS", metadata.specsys().orElseThrow(), "Reference frame of the spectral coordinates")
                .add("WAVELMIN", minNm(), "[nm] Minimum wavelength")
                .add("WAVELMAX", maxNm(), "[nm] Maximum wavelength")
                .add("SPEC_BIN", spectrum.binNm(), "[nm] Mean wavelength bin")
                .add("SPEC_RES", spectrum.resolvingPower(), "Spectral resolving power")
                .add("SNR", spectrum.snr(), "Median signal-to-noise ratio per bin")
                .add("CONTNORM", metadata.contnorm(), "Whether the spectrum is continuum-normalised")
                .add("TOT_FLUX", metadata.totFlux(), "Whether the spectrum holds the total flux");
    }

    BinaryTableHDU toHdu() throws FitsException {
        BinaryTable table = new BinaryTable();
        table.addColumn(new double[][] {spectrum.waveNm()});
        table.addColumn(new double[][] {spectrum.flux()});
        table.addColumn(new double[][] {spectrum.error()});
        table.addColumn(new int[][] {quality});
        BinaryTableHDU hdu = table.toHDU();
        Cards cards = new Cards(hdu.getHeader());
        double elapsedDays = metadata.mjdEnd() - metadata.mjdObs();
        cards.add("EXTNAME", EXTNAME, "Extension name")
                .add("VOCLASS", "SPECTRUM V2.0", "VO data model")
                .add("VOPUB", "ESO/SAF", "VO publishing authority")
                .add("TITLE", metadata.title(), "Data set title")
                .add("OBJECT", metadata.object(), "Target designation")
                .add("RA", metadata.ra(), "[deg] Target position (FK5)")
                .add("DEC", metadata.dec(), "[deg] Target position (FK5)")
                .add("APERTURE", metadata.apertureDeg().orElseThrow(), "[deg] Aperture diameter or slit width")
                .add("TELAPSE", elapsedDays * 86400.0, "[s] Elapsed time from MJD-OBS to MJD-END")
                .add("TMID", metadata.mjdObs() + elapsedDays / 2, "[d] MJD of the exposure midpoint")
                .add("SPEC_VAL", (minNm() + maxNm()) / 2, "[nm] Mean wavelength")
                .add("SPEC_BW", maxNm() - minNm(), "[nm] Bandwidth")
                .add("NELEM", (long) spectrum.waveNm().length, "Number of bins in each array")
                .add("TDMIN1", minNm(), "[nm] Start of the spectral coordinate")
                .add("TDMAX1", maxNm(), "[nm] End of the spectral coordinate");
        Column[] columns = columns();
        for (int i = 0; i < columns.length; i++) {
            Column c = columns[i];
            int n = i + 1;
            cards.add("TTYPE" + n, c.name(), "Column name");
            if (!c.unit().isEmpty()) {
                cards.add("TUNIT" + n, c.unit(), "Column unit");
            }
            cards.add("TUTYP" + n, c.utype(), "Spectrum DM utype")
                    .add("TUCD" + n, c.ucd(), "UCD");
        }
        return hdu;
    }

    private Column[] columns() {
        boolean calibrated = metadata.fluxcal() == FluxCalibration.ABSOLUTE;
        String fluxUnit = calibrated ? FLUX_DENSITY_UNIT : "adu";
        String fluxUcd = calibrated ? "phot.flux.density;em.wl" : "phot.count";
        return new Column[] {
            new Column("WAVE", "nm", "spec:Data.SpectralAxis.Value", "em.wl"),
            new Column("FLUX", fluxUnit, "spec:Data.FluxAxis.Value", fluxUcd),
            new Column("ERR", fluxUnit, "spec:Data.FluxAxis.Accuracy.StatError", "stat.error;" + fluxUcd),
            new Column("QUAL", "", "spec:Data.FluxAxis.Accuracy.QualityStatus", "meta.code.qual")
        };
    }
}
