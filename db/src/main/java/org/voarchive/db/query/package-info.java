/**
 * Running user queries: SQL that the ADQL translator produced runs as the read-only role, under a
 * statement timeout, with a server-side cursor so that rows stream to the writer whatever their number.
 */
package org.voarchive.db.query;
