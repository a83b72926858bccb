/**
 * The SIA 2.0 endpoint {@code /sia/query}: a thin resource and the service that runs a validated query
 * through TAP's query engine and writers, so SIA answers exactly as TAP would for the same ADQL.
 */
package org.voarchive.sia.web;
