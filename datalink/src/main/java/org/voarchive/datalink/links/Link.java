package org.voarchive.datalink.links;

/**
 * One row of a DataLink {links} table. Exactly one of accessUrl, serviceDef and errorMessage is set.
 *
 * @param id the publisher DID the row belongs to, as asked
 * @param accessUrl where the linked resource is, or null
 * @param serviceDef the ID of the service descriptor to call, or null
 * @param errorMessage why there is nothing, starting with a DALI fault name, or null
 * @param semantics a term of the IVOA DataLink vocabulary ({@code #this}); never null, as the standard
 *     requires a term in every row
 * @param description for people
 * @param contentType MIME type of the resource, or null
 * @param contentLength size in bytes, or null when unknown
 * @param contentQualifier what kind of product the resource is (product-type vocabulary), or null
 * @param localSemantics this archive's finer term (the calibration's tag), or null
 */
public record Link(String id, String accessUrl, String serviceDef, String errorMessage, String semantics,
        String description, String contentType, Long contentLength, String contentQualifier, String localSemantics) {

    public static final String THIS = "#this";
    public static final String PREVIEW = "#preview";
    public static final String PROGENITOR = "#progenitor";
    public static final String CALIBRATION = "#calibration";
    public static final String AUXILIARY = "#auxiliary";
    public static final String CUTOUT = "#cutout";

    public Link {
        int set = (accessUrl == null ? 0 : 1) + (serviceDef == null ? 0 : 1) + (errorMessage == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("a link has exactly one of access_url, service_def, error_message");
        }
    }

    /** An error row: nothing to link for that ID. It stands where the data set itself would ({@code #this}). */
    static Link error(String id, String message) {
        return new Link(id, null, null, message, THIS, null, null, null, null, null);
    }
}
