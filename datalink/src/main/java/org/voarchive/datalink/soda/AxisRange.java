package org.voarchive.datalink.soda;

/**
 * The pixels kept along one axis: {@code first} to {@code last}, 1-based and inclusive as in FITS.
 */
record AxisRange(int first, int last) {

    AxisRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("no pixels from " + first + " to " + last);
        }
    }

    /** The whole axis of {@code n} pixels. */
    static AxisRange all(int n) {
        return new AxisRange(1, n);
    }

    /**
     * The pixels of an axis of {@code n} whose areas the continuous pixel coordinates {@code lo..hi}
     * touch (pixel k spans k-0.5 to k+0.5), clipped to the axis; null when none is left.
     */
    static AxisRange covering(double lo, double hi, int n) {
        double first = Math.max(1, Math.floor(Math.min(lo, hi) + 0.5));
        double last = Math.min(n, Math.floor(Math.max(lo, hi) + 0.5));
        return first <= last ? new AxisRange((int) first, (int) last) : null;
    }

    int length() {
        return last - first + 1;
    }

    /** The 0-based offset of the first pixel kept. */
    int offset() {
        return first - 1;
    }
}
