/**
 * The lexer, parser and visitor that ANTLR generates from {@code src/main/antlr4/.../Adql.g4} (the ADQL
 * 2.1 grammar). Only {@link org.voarchive.tap.adql.parse} uses them; nothing outside the
 * {@code org.voarchive.tap.adql} packages should.
 */
package org.voarchive.tap.adql.grammar;
