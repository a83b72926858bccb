package org.voarchive.ingest.simulate;

/**
 * One image HDU's pixels, in ADU as the detector read them (before the 16-bit encoding), and the cards
 * that belong to that HDU only (EXTNAME, per-chip keys, WCS).
 *
 * @param pixels row-major, {@code pixels[y][x]}
 */
record ImagePlane(HeaderCards cards, float[][] pixels) {
}
