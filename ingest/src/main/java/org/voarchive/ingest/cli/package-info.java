/**
 * The command-line entry points behind {@code ./archive ingest} and {@code ./archive simulate}: plain
 * Java main classes that drive the same back end as the server, against the same database and store.
 */
package org.voarchive.ingest.cli;
