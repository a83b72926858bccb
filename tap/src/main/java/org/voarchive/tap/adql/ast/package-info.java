/**
 * The typed syntax tree of an ADQL query: immutable records free of parser types, with the position of
 * every node in the query text. {@link org.voarchive.tap.adql.ast.Query} is the root; names are kept
 * as written ({@link org.voarchive.tap.adql.ast.Identifier}) and resolved only by the translator.
 */
package org.voarchive.tap.adql.ast;
