/**
 * DataLink 1.1 and SODA (to come): the {links} endpoint behind a {@code DataLinkSource} SPI, service
 * descriptors attached to every result that carries publisher DIDs, SODA sync cutouts, previews and
 * file delivery with range requests and checksums.
 */
package org.voarchive.datalink;
