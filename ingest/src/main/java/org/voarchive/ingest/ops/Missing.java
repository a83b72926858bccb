package org.voarchive.ingest.ops;

/** A calibration a frame needs and does not have ({@code archive.associations} with status MISSING). */
public record Missing(String need, String reason) {
}
