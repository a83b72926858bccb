/**
 * The stage chain: one {@link org.voarchive.ingest.pipeline.Stage} interface, the stages behind it
 * (validate, classify, qc, associate, reduce, publish), and the restartable runner whose checkpoint is
 * each item's last completed stage, committed in the same transaction as the stage's own writes.
 */
package org.voarchive.ingest.pipeline;
