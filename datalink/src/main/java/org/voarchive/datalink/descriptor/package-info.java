/**
 * What DataLink adds to the rest of the archive: a service descriptor on every result VOTable with
 * publisher DIDs (so TAP, SSA and SIA results lead to {links}), and the DataLink capability.
 */
package org.voarchive.datalink.descriptor;
