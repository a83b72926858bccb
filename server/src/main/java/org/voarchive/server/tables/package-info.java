/**
 * What the archive knows about its queryable tables (TAP_SCHEMA's content): the records every protocol
 * shares and the {@link org.voarchive.server.tables.TableCatalog} SPI that the {@code db} module
 * implements. ADQL checks identifiers against it, writers take column metadata from it, and
 * {@code /tap/tables} lists it.
 */
package org.voarchive.server.tables;
