/**
 * The files the archive stores, as the services that deliver them (file delivery, DataLink, SODA) see
 * them: found by ARCFILE or by a product's identifiers, and only when released, because the lookup runs
 * as the query role and row-level security decides.
 */
package org.voarchive.db.files;
