package org.voarchive.ingest.pixels;

import java.util.Arrays;

/**
 * A two-dimensional image of floats, row-major: the pixel at column {@code x}, row {@code y} (both
 * 0-based) is {@code data()[y * width + x]}. The array is shared, not copied: callers that keep an
 * image while changing its pixels must copy it first ({@link #copy()}).
 */
public final class Image {

    private final int width;
    private final int height;
    private final float[] data;

    public Image(int width, int height, float[] data) {
        if (width < 1 || height < 1 || data.length != (long) width * height) {
            throw new IllegalArgumentException("an image of " + width + "x" + height
                    + " pixels cannot hold " + data.length + " values");
        }
        this.width = width;
        this.height = height;
        this.data = data;
    }

    public static Image filled(int width, int height, float value) {
        float[] data = new float[width * height];
        Arrays.fill(data, value);
        return new Image(width, height, data);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public float[] data() {
        return data;
    }

    public float get(int x, int y) {
        return data[y * width + x];
    }

    public void set(int x, int y, float value) {
        data[y * width + x] = value;
    }

    public Image copy() {
        return new Image(width, height, data.clone());
    }

    /** A copy of columns {@code x0} (inclusive) to {@code x1} (exclusive) of every row. */
    public Image trimmed(int x0, int x1) {
        if (x0 < 0 || x1 > width || x0 >= x1) {
            throw new IllegalArgumentException("cannot keep columns " + x0 + ".." + x1 + " of " + width);
        }
        int w = x1 - x0;
        float[] out = new float[w * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(data, y * width + x0, out, y * w, w);
        }
        return new Image(w, height, out);
    }

    /** The pixels of the box {@code [x0,x1) x [y0,y1)}, row by row, as a new array. */
    public float[] region(int x0, int x1, int y0, int y1) {
        if (x0 < 0 || y0 < 0 || x1 > width || y1 > height || x0 >= x1 || y0 >= y1) {
            throw new IllegalArgumentException("box " + x0 + ".." + x1 + " x " + y0 + ".." + y1
                    + " is not inside " + width + "x" + height);
        }
        int w = x1 - x0;
        float[] out = new float[w * (y1 - y0)];
        for (int y = y0; y < y1; y++) {
            System.arraycopy(data, y * width + x0, out, (y - y0) * w, w);
        }
        return out;
    }

    /** Differences of horizontally adjacent pixels, whose spread is the read noise times the square root of 2 on a flat signal. */
    public float[] adjacentDifferences() {
        float[] out = new float[(width - 1) * height];
        int k = 0;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x + 1 < width; x++) {
                out[k++] = data[row + x + 1] - data[row + x];
            }
        }
        return out;
    }

    /** A new image, this one minus {@code other} pixel by pixel. */
    public Image minus(Image other) {
        requireSameSize(other);
        float[] out = new float[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i] - other.data[i];
        }
        return new Image(width, height, out);
    }

    /** A new image, this one divided by {@code other} pixel by pixel (NaN where the divisor is 0). */
    public Image dividedBy(Image other) {
        requireSameSize(other);
        float[] out = new float[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = other.data[i] == 0f ? Float.NaN : data[i] / other.data[i];
        }
        return new Image(width, height, out);
    }

    /** A new image, every pixel times {@code factor} plus {@code offset}. */
    public Image scaled(double factor, double offset) {
        float[] out = new float[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (data[i] * factor + offset);
        }
        return new Image(width, height, out);
    }

    public void requireSameSize(Image other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("images differ in size: " + width + "x" + height
                    + " and " + other.width + "x" + other.height);
        }
    }
}
