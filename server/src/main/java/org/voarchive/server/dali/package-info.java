/**
 * DALI plumbing shared by every protocol: the single-pass {@link org.voarchive.server.dali.ResultCursor}
 * that a query hands to a writer, the output formats by MIME type and short name, the writers (VOTable
 * TABLEDATA, BINARY and BINARY2, CSV, TSV, FITS, JSON), and DALI error documents. Writers stream: they
 * hold one row at a time (FITS, which must know its row count first, spools to disk), and never close
 * the caller's stream.
 */
package org.voarchive.server.dali;
