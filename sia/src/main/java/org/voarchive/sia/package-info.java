/**
 * SIA 2.0 over {@code ivoa.obscore}: {@code query} (parameters with DALI's interval and multi-value
 * semantics, and the ADQL builder), {@code web} (the {@code /sia/query} endpoint), {@code vosi} (the
 * capability).
 */
package org.voarchive.sia;
