/**
 * Quality control of calibration frames: QC1 parameters measured from a raw frame's pixels
 * ({@link org.voarchive.ingest.qc.QcMeasurer}), their per-instrument reference values and thresholds
 * ({@link org.voarchive.ingest.qc.QcThresholds}, read from {@code <INSTRUMENT>.qc.xml} resources) and
 * the scores that compare one against the other ({@link org.voarchive.ingest.qc.QcScorer}), rolled up
 * by taking the worst verdict as ESO's scoreQC does.
 */
package org.voarchive.ingest.qc;
