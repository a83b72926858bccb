/**
 * The transfer stream's entrance: landing a file (checksum, store once under its ARCFILE, record an
 * ingest item), from a watched incoming directory or the HTTP push endpoint alike.
 */
package org.voarchive.ingest.stream;
