/**
 * SSA 1.1 queryData requests as typed values, and the builder that turns them into ADQL over
 * {@code ivoa.obscore}. Every parameter is parsed once into numbers, ranges or validated strings;
 * the ADQL is written from those values only, with {@link org.voarchive.ssa.query.AdqlLiterals}
 * quoting every literal, so no text a client sent ever reaches the query unparsed.
 */
package org.voarchive.ssa.query;
