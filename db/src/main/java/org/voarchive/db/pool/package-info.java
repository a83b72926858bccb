/** The archive's one connection pool, handed to every module through CDI. */
package org.voarchive.db.pool;
