/**
 * SSA 1.1 over {@code ivoa.obscore}: {@code query} (parameters and the ADQL builder), {@code web} (the
 * endpoint and its documents), {@code vosi} (the capability).
 */
package org.voarchive.ssa;
