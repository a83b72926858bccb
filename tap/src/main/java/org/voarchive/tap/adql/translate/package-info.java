/**
 * From the ADQL syntax tree to PostgreSQL and pgSphere SQL: names resolved against the tables' metadata
 * (scopes, derived and common tables, joins), types checked, geometry rewritten for pgSphere and its
 * indexes, and output columns described. The public face is
 * {@link org.voarchive.tap.adql.AdqlTranslator}; this package's public
 * {@link org.voarchive.tap.adql.translate.QueryTranslator} is for it alone.
 */
package org.voarchive.tap.adql.translate;
