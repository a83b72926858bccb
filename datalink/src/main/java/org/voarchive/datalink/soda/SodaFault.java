package org.voarchive.datalink.soda;

/**
 * Why a cutout cannot be made, as SODA (and DataLink for an unknown identifier) names it. Each fault
 * carries its HTTP status and the label that begins the text/plain answer.
 */
public enum SodaFault {
    /** A parameter is missing, malformed or contradicts another. */
    USAGE_ERROR("UsageError", 400),
    /** A parameter was given several times where this service takes one value. */
    MULTI_VALUED("MultiValuedParamNotSupported", 400),
    /** No released product has this identifier: unknown and proprietary look the same. */
    NOT_FOUND("NotFoundFault", 404),
    /**
     * The cutout would hold no data. SODA 1.0 (sync responses) requires 204 No Content without a body
     * for this, so the label never reaches the client; it names the case in logs and tests.
     */
    NO_OVERLAP("NoOverlap", 204),
    /** The database cannot be reached now; the same request may succeed later. */
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503),
    /** The archive cannot read what it stores: its fault, not the client's. */
    ERROR("Error", 500);

    private final String label;
    private final int status;

    SodaFault(String label, int status) {
        this.label = label;
        this.status = status;
    }

    /** The label the answer begins with, for example {@code UsageError}. */
    public String label() {
        return label;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
