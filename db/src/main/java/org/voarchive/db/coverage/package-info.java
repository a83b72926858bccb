/**
 * The coverage of the released products, computed by pgSphere: {@link org.voarchive.db.coverage.CoverageQuery}
 * holds the SQL, {@link org.voarchive.db.coverage.DatabaseCoverageSource} implements the server's
 * {@link org.voarchive.server.coverage.CoverageSource} with it, as the read-only query role.
 */
package org.voarchive.db.coverage;
