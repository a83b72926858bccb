package org.voarchive.ingest.pixels;

/**
 * Robust statistics of pixel values. NaN and infinite values are ignored. Each method makes at most one
 * working copy of its input (selection reorders it) and never sorts the whole array.
 *
 * <p>Every method throws {@link IllegalArgumentException} when no finite value is given, rather than
 * inventing a number.
 */
public final class Stats {

    /** The factor turning a median absolute deviation into a Gaussian sigma. */
    public static final double MAD_TO_SIGMA = 1.4826;

    private Stats() {
    }

    public static double median(float[] values) {
        float[] work = finiteCopy(values);
        return select(work, work.length, 0.5);
    }

    public static double median(double[] values) {
        float[] work = new float[values.length];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                work[n++] = (float) v;
            }
        }
        requireSome(n);
        return select(work, n, 0.5);
    }

    /** The {@code p}-th percentile (0 to 100) by linear interpolation between order statistics. */
    public static double percentile(float[] values, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be within 0..100, not " + p);
        }
        float[] work = finiteCopy(values);
        return select(work, work.length, p / 100);
    }

    /** The median absolute deviation from the median, scaled to a Gaussian sigma. */
    public static double robustSigma(float[] values) {
        float[] work = finiteCopy(values);
        double median = select(work, work.length, 0.5);
        for (int i = 0; i < work.length; i++) {
            work[i] = (float) Math.abs(work[i] - median);
        }
        return MAD_TO_SIGMA * select(work, work.length, 0.5);
    }

    /**
     * The standard deviation of the values within {@code kappa} sigmas of the median, iterated from the
     * {@link #robustSigma} start. Unlike the median absolute deviation it is not quantised when the
     * values are whole ADU, so it suits read noise of a few ADU.
     */
    public static double clippedSigma(float[] values, double kappa) {
        float[] work = finiteCopy(values);
        double centre = median(work);
        double sigma = robustSigma(work);
        for (int iteration = 0; iteration < 5 && sigma > 0; iteration++) {
            double sum = 0;
            double sumSq = 0;
            int n = 0;
            for (float v : work) {
                if (Math.abs(v - centre) <= kappa * sigma) {
                    sum += v;
                    sumSq += (double) v * v;
                    n++;
                }
            }
            if (n < 2) {
                break;
            }
            centre = sum / n;
            sigma = Math.sqrt(Math.max(0, (sumSq - sum * sum / n) / (n - 1)));
        }
        return sigma;
    }

    public static double mean(float[] values) {
        double sum = 0;
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        requireSome(n);
        return sum / n;
    }

    /** Sample standard deviation (n - 1 in the denominator); 0 for a single value. */
    public static double stdev(float[] values) {
        double mean = mean(values);
        double sum = 0;
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                sum += (v - mean) * (v - mean);
                n++;
            }
        }
        return n < 2 ? 0 : Math.sqrt(sum / (n - 1));
    }

    private static float[] finiteCopy(float[] values) {
        float[] work = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                work[n++] = v;
            }
        }
        requireSome(n);
        return n == work.length ? work : java.util.Arrays.copyOf(work, n);
    }

    private static void requireSome(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("no finite values to take statistics of");
        }
    }

    /** The quantile {@code q} of the first {@code n} values, interpolating between neighbours; reorders them. */
    private static double select(float[] a, int n, double q) {
        double pos = q * (n - 1);
        int lo = (int) Math.floor(pos);
        double low = kth(a, n, lo);
        if (lo + 1 >= n || pos == lo) {
            return low;
        }
        float high = Float.POSITIVE_INFINITY;
        for (int i = lo + 1; i < n; i++) {
            high = Math.min(high, a[i]);
        }
        return low + (pos - lo) * (high - low);
    }

    /** Hoare's selection: afterwards a[k] holds the k-th smallest value, smaller ones before it, larger after. */
    private static float kth(float[] a, int n, int k) {
        int left = 0;
        int right = n - 1;
        while (left < right) {
            float pivot = a[(left + right) >>> 1];
            int i = left;
            int j = right;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                break;
            }
        }
        return a[k];
    }
}
