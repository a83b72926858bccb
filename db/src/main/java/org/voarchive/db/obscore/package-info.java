/**
 * The archive's science products as ObsCore 1.1 rows ({@code ivoa.obscore}): the record that carries one
 * row and the named statement that writes it.
 */
package org.voarchive.db.obscore;
