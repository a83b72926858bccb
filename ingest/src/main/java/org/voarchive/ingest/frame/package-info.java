/**
 * A raw frame as the back end sees it: its header keywords under OCA-style names, read once from the
 * FITS file and handed to every stage.
 */
package org.voarchive.ingest.frame;
