/**
 * Instrument geometry shared by the transfer stream simulator and the reducers, so that what one
 * paints the other finds.
 */
package org.voarchive.ingest.model;
