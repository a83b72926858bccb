/**
 * Pixels of FITS frames: images as row-major float arrays ({@link org.voarchive.ingest.pixels.Image}),
 * every image HDU of a file with its normalised header ({@link org.voarchive.ingest.pixels.FitsImages}),
 * robust statistics ({@link org.voarchive.ingest.pixels.Stats}) and the detector geometry the QC and the
 * reducers share (pre/overscan, echelle traces, TAN WCS, emission-line finding).
 */
package org.voarchive.ingest.pixels;
