/** Tests of the operators' queries against a migrated PostgreSQL database, and the fixture they share. */
package org.voarchive.ingest.ops;
