/**
 * The files the archive stores, as the services that deliver them (file delivery, DataLink, SODA) see
 * them: found by ARCFILE or by a product's identifiers, and only when the caller may have them (released,
 * or of the caller's programmes), because the lookup runs as the query role on the caller's behalf and
 * row-level security decides.
 */
package org.voarchive.db.files;
