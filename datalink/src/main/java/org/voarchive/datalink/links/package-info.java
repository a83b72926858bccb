/**
 * DataLink 1.1 {links} at {@code /datalink/links}: for each publisher DID, the product itself, its
 * preview, the raw frames it was made from, the calibrations behind it (CalSelector-style, through the
 * provenance tables), its association tree, and a SODA cutout service descriptor. What a link points at
 * is found as the query role, so proprietary files never appear.
 */
package org.voarchive.datalink.links;
