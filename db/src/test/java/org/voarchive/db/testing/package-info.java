/** Test support shared with other modules: throw-away PostgreSQL databases. */
package org.voarchive.db.testing;
