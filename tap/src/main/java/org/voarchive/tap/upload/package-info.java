/**
 * TAP_UPLOAD: tables a client sends with its query (inline as multipart parts, or by http(s) URL),
 * read as VOTables within size and row limits, loaded into the query session's temporary tables, and
 * visible to the query as {@code TAP_UPLOAD.name} and to no one else.
 */
package org.voarchive.tap.upload;
