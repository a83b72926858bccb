package org.voarchive.ingest.reduce;

/**
 * A calibrated science image as the reducer produced it, with its celestial WCS (TAN projection,
 * degrees) and the image-quality figures Phase 3 asks for.
 *
 * @param width          pixels along x (NAXIS1)
 * @param height         pixels along y (NAXIS2)
 * @param data           row-major pixel values, {@code data[y * width + x]}, in ADU/s after calibration
 * @param crval1         right ascension of the reference pixel, degrees
 * @param crval2         declination of the reference pixel, degrees
 * @param crpix1         reference pixel along x (1-based, FITS convention)
 * @param crpix2         reference pixel along y (1-based)
 * @param pixelScaleDeg  pixel size, degrees (CD1_1 = -scale, CD2_2 = +scale, no rotation)
 * @param psfFwhmArcsec  measured median PSF FWHM of point sources, arcseconds
 * @param abMagLim       5-sigma limiting AB magnitude for a point source
 * @param photZp         photometric zero point (AB mag for 1 ADU/s)
 */
public record ReducedImage(int width, int height, float[] data, double crval1, double crval2,
                           double crpix1, double crpix2, double pixelScaleDeg,
                           double psfFwhmArcsec, double abMagLim, double photZp) {
}
