/**
 * What a caller is entitled to, as the database's row-level security decides it: for services that
 * filter outside SQL policies (facet counts, for example) and must agree with them exactly.
 */
package org.voarchive.db.entitlements;
