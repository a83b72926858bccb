/**
 * The data-flow back end (to come): the transfer stream (watched directory and HTTP push), the
 * {@code Stage} chain (validate, classify, qc, associate, reduce, publish) run as a restartable job,
 * calibration association rules, reducers and the Phase 3 publisher, and the transfer stream simulator.
 */
package org.voarchive.ingest;
