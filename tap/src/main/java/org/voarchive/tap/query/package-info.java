/**
 * TAP queries from request to rows: the validated {@link org.voarchive.tap.query.TapRequest}, and the
 * query service that translates ADQL and opens a streaming cursor on the database.
 */
package org.voarchive.tap.query;
