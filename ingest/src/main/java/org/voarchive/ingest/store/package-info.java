/**
 * The archive store: where every file the archive keeps lives, once, under a path derived from its
 * name, written atomically so that a crash leaves either the whole file or none.
 */
package org.voarchive.ingest.store;
