/**
 * The operators' view of the transfer stream, over the queries of {@link org.voarchive.ingest.ops}:
 * a JSON API under {@code /ingest/api}, QC1 trend plots as SVG at {@code /ingest/qc/plot.svg} and one
 * server-rendered HTML page at {@code /ingest}. Resources are thin: they check parameters (a bad one is
 * a 400 with a JSON reason), read one snapshot of the database and hand the rows to a renderer
 * ({@link org.voarchive.ingest.web.OpsJson}, {@link org.voarchive.ingest.web.TrendPlot},
 * {@link org.voarchive.ingest.web.OpsPage}) that has no JAX-RS in it. They show unreleased frames, so
 * only operators reach them ({@link org.voarchive.server.auth.OperatorsOnly}).
 */
package org.voarchive.ingest.web;
