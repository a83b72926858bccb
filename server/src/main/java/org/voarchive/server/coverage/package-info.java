/**
 * Coverage of the published holdings as an IVOA MOC 2.0 (space): the {@link org.voarchive.server.coverage.Moc}
 * value with its ASCII, JSON and FITS serializations, the {@link org.voarchive.server.coverage.CoverageSource}
 * SPI through which the database computes it, and {@code /coverage/moc.fits} and {@code /coverage/moc.json}.
 * The MOC is recomputed when the holdings change: every request asks the source for a cheap fingerprint of
 * the released products and only a new fingerprint costs a new computation, so products published by the
 * server's own ingest, by {@code ./archive ingest} in another process, or released when their proprietary
 * period ends all show without any event.
 */
package org.voarchive.server.coverage;
