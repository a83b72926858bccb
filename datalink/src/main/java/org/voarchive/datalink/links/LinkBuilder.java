package org.voarchive.datalink.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.voarchive.datalink.links.StoredProduct.RelatedFile;

/**
 * Turns what the archive has for an ID into {links} rows and cutout descriptors. Pure: URLs are built
 * from the public base URL given. Thread safe.
 */
final class LinkBuilder {

    private final URI base;

    /** @param base the archive's public base URL, ending in a slash */
    LinkBuilder(URI base) {
        this.base = base;
    }

    /** The file URL of an ARCFILE. */
    String fileUrl(String arcfile) {
        return base.resolve("files/" + arcfile).toString();
    }

    /** The preview URL of a product's ARCFILE. */
    String previewUrl(String arcfile) {
        return base.resolve("datalink/preview/" + arcfile + ".png").toString();
    }

    /**
     * The rows for one asked ID.
     *
     * @param cutoutId the ID to give this product's cutout descriptor
     */
    List<Link> links(String id, ProductLookup lookup, String cutoutId) {
        return switch (lookup.outcome()) {
            case NOT_PUBLIC -> List.of(Link.error(id, "NotFoundFault: no public data set with ID " + id));
            case NO_FILE -> List.of(Link.error(id, "NotFoundFault: no file stored for " + id));
            case FOUND -> found(id, lookup.product(), cutoutId);
        };
    }

    private List<Link> found(String id, StoredProduct p, String cutoutId) {
        List<Link> links = new ArrayList<>();
        String qualifier = p.dataproductType() == null ? null : "#" + p.dataproductType();
        links.add(new Link(id, fileUrl(p.arcfile()), null, null, Link.THIS,
                "The " + p.prodcatg() + " product " + p.arcfile(), p.contentType(), p.size(), qualifier, null));
        links.add(new Link(id, previewUrl(p.arcfile()), null, null, Link.PREVIEW,
                p.prodcatg().endsWith("SPECTRUM") ? "Plot of flux against wavelength (PNG)"
                        : "Image preview, asinh stretch (PNG)",
                "image/png", null, null, null));
        for (RelatedFile f : p.related()) {
            boolean science = "raw".equals(f.kind()) && "SCIENCE".equals(f.category());
            if (science && f.direct()) {
                links.add(new Link(id, fileUrl(f.arcfile()), null, null, Link.PROGENITOR,
                        "Raw science frame " + f.arcfile() + " the product was made from", f.contentType(), f.size(),
                        null, null));
            } else if ("master".equals(f.kind()) || ("raw".equals(f.kind()) && "CALIB".equals(f.category()))) {
                String what = "master".equals(f.kind()) ? "Master calibration" : "Raw calibration frame";
                String via = f.direct() ? "used by the reduction" : "behind a master calibration";
                links.add(new Link(id, fileUrl(f.arcfile()), null, null, Link.CALIBRATION,
                        what + " " + (f.tag() == null ? "" : f.tag() + " ") + f.arcfile() + ", " + via,
                        f.contentType(), f.size(), null,
                        f.tag() == null ? null : ("master".equals(f.kind()) ? "master:" : "raw:") + f.tag()));
            }
        }
        for (RelatedFile a : p.associations()) {
            links.add(new Link(id, fileUrl(a.arcfile()), null, null, Link.AUXILIARY,
                    "Association tree of the science frame and its calibrations (XML)", a.contentType(), a.size(), null,
                    "association"));
        }
        links.add(new Link(id, null, cutoutId, null, Link.CUTOUT,
                "SODA cutout of this product by position (CIRCLE, POLYGON) or wavelength (BAND)",
                p.contentType(), null, qualifier, null));
        return links;
    }
}
