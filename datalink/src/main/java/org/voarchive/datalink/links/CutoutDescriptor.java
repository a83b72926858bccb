package org.voarchive.datalink.links;

/**
 * The SODA sync service descriptor of one product in a {links} answer.
 *
 * @param id the XML ID of its RESOURCE, which the product's {@code #cutout} row names in service_def
 * @param did the product's publisher DID, the fixed value of the ID parameter
 * @param emMin the product's shortest wavelength in metres, or NaN when unknown
 * @param emMax the product's longest wavelength in metres, or NaN when unknown
 */
public record CutoutDescriptor(String id, String did, double emMin, double emMax) {

    static final String STANDARD_ID = "ivo://ivoa.net/std/SODA#sync-1.0";
    static final String ACCESS_PATH = "datalink/soda";
}
