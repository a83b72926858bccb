/**
 * From ADQL text to the syntax tree of {@link org.voarchive.tap.adql.ast}: runs the ANTLR parser
 * generated from {@code Adql.g4}, turns its first error into an
 * {@link org.voarchive.tap.adql.AdqlException} with line, column and offending token, and builds the
 * tree, refusing reserved words used as identifiers.
 */
package org.voarchive.tap.adql.parse;
