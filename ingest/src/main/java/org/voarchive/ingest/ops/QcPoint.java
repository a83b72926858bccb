package org.voarchive.ingest.ops;

/**
 * One QC1 measurement of a series.
 *
 * @param reference the expected value, or null where the parameter has none yet
 * @param low       the lower threshold, or null
 * @param high      the upper threshold, or null
 */
public record QcPoint(double mjdObs, double value, Double reference, Double low, Double high, Score score,
                      String arcfile) {
}
