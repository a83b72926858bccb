package org.voarchive.ingest.simulate;

import java.util.List;
import java.util.function.Supplier;

/**
 * A frame ready to be written: its manifest entry, its primary header and a painter that produces its
 * image HDUs on demand, so that a night's frames need not all be in memory at once.
 *
 * @param imageInPrimary true for a single-HDU frame (UVES blue) whose only plane is the primary image;
 *                       false for an empty primary followed by image extensions
 */
record SimulatedFrame(ManifestEntry entry, HeaderCards primary, boolean imageInPrimary,
                      Supplier<List<ImagePlane>> painter) {
}
