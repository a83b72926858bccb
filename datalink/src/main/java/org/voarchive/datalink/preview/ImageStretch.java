package org.voarchive.datalink.preview;

import java.awt.image.BufferedImage;

/**
 * Renders image pixels as 8-bit grey: an asinh stretch between the 0.5th and 99.5th percentiles, north
 * up as FITS stores it (row 0 at the bottom), scaled down so that the longer side is at most
 * {@link #MAX_SIDE} pixels. Stateless.
 */
final class ImageStretch {

    static final int MAX_SIDE = 1024;
    /** How strongly faint values are lifted: asinh(x * SOFTENING) / asinh(SOFTENING). */
    private static final double SOFTENING = 10;

    private ImageStretch() {
    }

    /** The size of the preview of an image of that size: {width, height}. */
    static int[] previewSize(int width, int height) {
        int longer = Math.max(width, height);
        if (longer <= MAX_SIDE) {
            return new int[] {width, height};
        }
        double scale = (double) MAX_SIDE / longer;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    /**
     * @param pixels row-major, {@code pixels[y][x]}, row 0 the bottom of the sky image
     */
    static BufferedImage draw(float[][] pixels) {
        int height = pixels.length;
        int width = height == 0 ? 0 : pixels[0].length;
        if (width == 0) {
            throw new IllegalArgumentException("an image needs at least one pixel");
        }
        int[] size = previewSize(width, height);
        double[] sample = new double[size[0] * size[1]];
        for (int y = 0; y < size[1]; y++) {
            for (int x = 0; x < size[0]; x++) {
                sample[y * size[0] + x] = pixels[(int) ((long) y * height / size[1])][(int) ((long) x * width / size[0])];
            }
        }
        double[] range = Percentiles.of(sample, 0.5, 99.5);
        double span = range[1] > range[0] ? range[1] - range[0] : 1;
        double norm = asinh(SOFTENING);
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size[1]; y++) {
            for (int x = 0; x < size[0]; x++) {
                double v = sample[y * size[0] + x];
                double t = Double.isFinite(v) ? Math.max(0, Math.min(1, (v - range[0]) / span)) : 0;
                int grey = (int) Math.round(255 * asinh(t * SOFTENING) / norm);
                // FITS rows go up; image rows go down
                image.getRaster().setSample(x, size[1] - 1 - y, 0, grey);
            }
        }
        return image;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }
}
