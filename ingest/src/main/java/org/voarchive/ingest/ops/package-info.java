/**
 * What operators read of the transfer stream: named read-only queries over the {@code archive} schema,
 * in plain JDBC. {@link org.voarchive.ingest.ops.StreamStatus} counts items by state, stage and
 * instrument; {@link org.voarchive.ingest.ops.QuarantineQuery} lists the files put aside and those
 * waiting for calibrations, with their reasons; {@link org.voarchive.ingest.ops.QcQuery} gives the QC1
 * verdicts and trend series; {@link org.voarchive.ingest.ops.CompletenessQuery} says, night by night,
 * which science frames have every calibration they need.
 *
 * <p>Every method takes the caller's connection and only reads, so it can run on any connection of the
 * pool; none of these classes holds state, and all are safe to call from many threads.
 */
package org.voarchive.ingest.ops;
