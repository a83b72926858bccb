/**
 * TAP_SCHEMA as the archive's {@link org.voarchive.server.tables.TableCatalog}: the named queries that
 * read it and a cache that keeps every request from reading it again.
 */
package org.voarchive.db.tapschema;
