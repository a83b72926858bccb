/**
 * SIA 2.0 query parameters as typed values and the builder that turns them into ADQL over
 * {@code ivoa.obscore}. A repeated parameter means any of its values (OR), different parameters must
 * all hold (AND). The ADQL is written from parsed values only, every literal through
 * {@link org.voarchive.sia.query.AdqlLiterals}.
 */
package org.voarchive.sia.query;
