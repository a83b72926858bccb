package org.voarchive.ingest.phase3;

import nom.tam.fits.FitsException;
import nom.tam.fits.ImageData;
import nom.tam.fits.ImageHDU;

import org.voarchive.ingest.reduce.ReducedImage;

/**
 * The single HDU of an image product: 32-bit float pixels in ADU/s with a TAN WCS written as a CD
 * matrix (never CDELT alongside it), the photometric zero point and the image-quality figures.
 */
final class ImageProduct {

    private ImageProduct() {
    }

    static ImageHDU toHdu(ProductMetadata m, ReducedImage image) throws FitsException {
        int w = image.width();
        int h = image.height();
        if (w < 1 || h < 1 || image.data() == null || image.data().length != (long) w * h) {
            throw new IllegalArgumentException(m.arcfile() + ": a " + w + "x" + h + " image needs " + (long) w * h
                    + " pixels, has " + (image.data() == null ? "none" : image.data().length));
        }
        if (!(image.pixelScaleDeg() > 0)) {
            throw new IllegalArgumentException(m.arcfile() + ": pixel scale " + image.pixelScaleDeg() + " deg");
        }
        float[][] rows = new float[h][w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(image.data(), y * w, rows[y], 0, w);
        }
        ImageHDU hdu = (ImageHDU) ImageData.from(rows).toHDU();
        Cards cards = new Cards(hdu.getHeader());
        CommonKeywords.write(m, cards);
        cards.add("BUNIT", "adu/s", "Pixel unit")
                .add("CTYPE1", "RA---TAN", "Gnomonic projection")
                .add("CTYPE2", "DEC--TAN", "Gnomonic projection")
                .add("CRVAL1", image.crval1(), "[deg] RA at the reference pixel")
                .add("CRVAL2", image.crval2(), "[deg] DEC at the reference pixel")
                .add("CRPIX1", image.crpix1(), "Reference pixel along x")
                .add("CRPIX2", image.crpix2(), "Reference pixel along y")
                .add("CUNIT1", "deg", "Unit of CRVAL1 and the CD matrix")
                .add("CUNIT2", "deg", "Unit of CRVAL2 and the CD matrix")
                // East to the left: RA decreases with x.
                .add("CD1_1", -image.pixelScaleDeg(), "[deg/px] Transformation matrix")
                .add("CD1_2", 0.0, "[deg/px] Transformation matrix")
                .add("CD2_1", 0.0, "[deg/px] Transformation matrix")
                .add("CD2_2", image.pixelScaleDeg(), "[deg/px] Transformation matrix")
                .add("FILTER", m.filter().orElseThrow(), "Filter")
                .add("PHOTZP", image.photZp(), "[mag] AB magnitude of 1 adu/s")
                .add("PHOTSYS", "AB", "Photometric system")
                .add("ABMAGLIM", image.abMagLim(), "[mag] 5-sigma limiting AB magnitude, point source")
                .add("PSF_FWHM", image.psfFwhmArcsec(), "[arcsec] Median FWHM of point sources")
                .add("ELLIPTIC", m.ellipticity().orElseThrow(), "Median ellipticity of point sources")
                .add("ABMAGSAT", m.abMagSat().orElseThrow(), "[mag] Saturation limit, point sources");
        m.csyerDeg().ifPresent(e -> cards.add("CSYER1", e, "[deg] Systematic error in RA")
                .add("CSYER2", e, "[deg] Systematic error in DEC"));
        m.crderDeg().ifPresent(e -> cards.add("CRDER1", e, "[deg] Random error in RA")
                .add("CRDER2", e, "[deg] Random error in DEC"));
        m.jitter().ifPresent(j -> cards.add("NDIT", (long) j.ndit(), "Sub-integrations per exposure")
                .add("NJITTER", (long) j.njitter(), "Jitter positions")
                .add("NOFFSETS", (long) j.noffsets(), "Sky offset positions")
                .add("NUSTEP", (long) j.nustep(), "Microstep positions"));
        return hdu;
    }
}
