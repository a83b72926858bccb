package org.voarchive.datalink.links;

import java.util.List;

/**
 * A released product with a stored file, and the released files related to it, as the links are built
 * from them.
 *
 * @param did its publisher DID
 * @param arcfile its file's ARCFILE
 * @param size its file's size in bytes
 * @param contentType its file's MIME type
 * @param prodcatg its Phase 3 category ({@code SCIENCE.SPECTRUM})
 * @param dataproductType ObsCore's dataproduct_type ({@code spectrum}, {@code image})
 * @param emMin the shortest wavelength it covers, in metres, or NaN when unknown
 * @param emMax the longest wavelength it covers, in metres, or NaN when unknown
 * @param related the released files it was made from, directly or through master calibrations
 * @param associations its released association trees
 */
public record StoredProduct(String did, String arcfile, long size, String contentType, String prodcatg,
        String dataproductType, double emMin, double emMax, List<RelatedFile> related, List<RelatedFile> associations) {

    public StoredProduct {
        related = List.copyOf(related);
        associations = List.copyOf(associations);
    }

    /**
     * A released file the product depends on.
     *
     * @param arcfile its ARCFILE
     * @param kind {@code raw}, {@code master} or {@code association}
     * @param size bytes
     * @param contentType MIME type
     * @param category for raw frames {@code SCIENCE} or {@code CALIB}, otherwise null
     * @param tag the frame's or master's classification ({@code BIAS}, {@code MASTER_FLAT}), or null
     * @param direct whether the product's own activity used it (false: a master's activity did)
     */
    public record RelatedFile(String arcfile, String kind, long size, String contentType, String category, String tag,
            boolean direct) {
    }
}
