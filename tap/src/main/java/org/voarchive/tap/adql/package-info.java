/**
 * ADQL 2.1 for the TAP service: {@link org.voarchive.tap.adql.AdqlParser} reads a query into a syntax
 * tree, {@link org.voarchive.tap.adql.AdqlTranslator} checks it against the tables and translates it to
 * PostgreSQL with pgSphere ({@link org.voarchive.tap.adql.TranslatedQuery}), and
 * {@link org.voarchive.tap.adql.LanguageFeatures} declares what the capabilities document lists. Every
 * problem with a query is an {@link org.voarchive.tap.adql.AdqlException}.
 */
package org.voarchive.tap.adql;
