package org.voarchive.ingest.phase3;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;

import org.voarchive.ingest.model.EchelleFormat;
import org.voarchive.ingest.reduce.ReducedImage;
import org.voarchive.ingest.reduce.ReducedSpectrum;

/** Synthetic reduced products and metadata for the Phase 3 tests, small enough to write in milliseconds. */
final class Products {

    static final String SPECTRUM_ARCFILE = "ADP.2024-03-12T03:45:01.123.fits";
    static final String IMAGE_ARCFILE = "ADP.2024-03-13T01:02:03.456.fits";

    private Products() {
    }

    /** The red lower chip of a UVES-like 580 nm setting, 4 orders of 64 columns, extracted order after order. */
    static ReducedSpectrum echelleSpectrum() {
        EchelleFormat format = new EchelleFormat(580.0, 1.0, 2, 0, 64, 64);
        int n = format.orders() * format.width();
        double[] wave = new double[n];
        double[] flux = new double[n];
        double[] error = new double[n];
        for (int order = 0; order < format.orders(); order++) {
            for (int x = 0; x < format.width(); x++) {
                int i = order * format.width() + x;
                wave[i] = format.wavelength(order, x);
                flux[i] = 1000 + 100 * Math.sin(i / 10.0);
                error[i] = Math.sqrt(flux[i]);
            }
        }
        return new ReducedSpectrum(wave, flux, error, 31.6, format.resolvingPower(), format.dispersion());
    }

    static ProductMetadata.Builder spectrumMetadata() {
        return common(ProductMetadata.builder(ProductCategory.SPECTRUM), SPECTRUM_ARCFILE)
                .telescop("ESO-VLT-U2").instrume("UVES").object("HD 12345").position(40.1234, -33.221)
                .obstech("ECHELLE").fluxcal(FluxCalibration.UNCALIBRATED)
                .procsoft("voarchive/0.1 java").title("HD 12345 UVES 580 nm")
                .specsys("TOPOCENT").apertureDeg(1.0 / 3600);
    }

    static ReducedImage image() {
        int w = 24;
        int h = 16;
        float[] data = new float[w * h];
        for (int i = 0; i < data.length; i++) {
            data[i] = 10 + i % 7 + i / 100f;
        }
        return new ReducedImage(w, h, data, 11.888, -25.288, 12.5, 8.5, 0.106 / 3600, 0.71, 23.4, 25.7);
    }

    static ProductMetadata.Builder imageMetadata() {
        return common(ProductMetadata.builder(ProductCategory.IMAGE), IMAGE_ARCFILE)
                .telescop("ESO-VLT-U4").instrume("HAWKI").object("NGC 253").position(11.888, -25.288)
                .obstech("IMAGE,JITTER").fluxcal(FluxCalibration.ABSOLUTE).fluxErr(3.0)
                .procsoft("esorex/hawki_science_process").title("NGC 253 HAWK-I Ks")
                .filter("Ks").ellipticity(0.06).abMagSat(14.2).astrometricErrorsDeg(1e-5, 2e-5)
                .jitter(new JitterPattern(6, 15, 0, 1));
    }

    private static ProductMetadata.Builder common(ProductMetadata.Builder b, String arcfile) {
        return b.arcfile(arcfile).origfile("product_0001.fits")
                .exptime(1800).texptime(3600).mjd(60381.1342, 60381.1342 + 3700 / 86400.0)
                .progId("0112.D-0345(A)").obids(List.of(3240987L, 3240988L)).ncombine(2)
                .prov(List.of("UVES.2024-03-12T03:13:15.744.fits", "UVES.2024-03-12T03:45:01.001.fits"))
                .associate(new Association("ADP.2024-03-12T03:45:01.124.fits",
                        Optional.of("ANCILLARY.PREVIEW"), Optional.empty()))
                .associate(Association.of("ADP.2024-03-12T03:45:01.125.fits"));
    }

    /** Every HDU of a FITS file, fully read. */
    static BasicHDU<?>[] read(Path file) throws Exception {
        try (Fits fits = new Fits(file.toFile())) {
            BasicHDU<?>[] hdus = fits.read();
            for (BasicHDU<?> hdu : hdus) {
                hdu.getKernel();
            }
            return hdus;
        }
    }
}
