package org.voarchive.ingest.pixels;

import org.voarchive.ingest.model.EchelleFormat;

/**
 * The pixels that belong to an echelle order: those within {@link #HALF_WIDTH_SIGMAS} profile sigmas of
 * its trace, which {@link EchelleFormat#traceY} gives column by column.
 */
public final class EchelleOrders {

    /** Half-width of an order's extraction window, in units of {@link EchelleFormat#PROFILE_SIGMA}. */
    public static final double HALF_WIDTH_SIGMAS = 3;

    private EchelleOrders() {
    }

    /** The first row of {@code order}'s window at column {@code x}, clipped to the image. */
    public static int firstRow(EchelleFormat format, int order, int x) {
        double centre = format.traceY(order, x);
        return Math.max(0, (int) Math.ceil(centre - HALF_WIDTH_SIGMAS * EchelleFormat.PROFILE_SIGMA));
    }

    /** One past the last row of {@code order}'s window at column {@code x}, clipped to the image. */
    public static int endRow(EchelleFormat format, int order, int x) {
        double centre = format.traceY(order, x);
        return Math.min(format.height(), (int) Math.floor(centre + HALF_WIDTH_SIGMAS * EchelleFormat.PROFILE_SIGMA) + 1);
    }

    /** The sum of each column of {@code order} over its window (a boxcar extraction). */
    public static double[] boxcar(Image trimmed, EchelleFormat format, int order) {
        double[] sums = new double[trimmed.width()];
        for (int x = 0; x < trimmed.width(); x++) {
            for (int y = firstRow(format, order, x); y < endRow(format, order, x); y++) {
                sums[x] += trimmed.get(x, y);
            }
        }
        return sums;
    }
}
