/**
 * TAP 1.1 service (to come): the ADQL 2.1 grammar (ANTLR 4) and its typed AST, the translator to
 * PostgreSQL and pgSphere SQL, the streaming query service, the sync, async (UWS), tables, capabilities
 * and examples endpoints, and TAP_UPLOAD. Sub-packages by feature, for example {@code org.voarchive.tap.adql}.
 */
package org.voarchive.tap;
