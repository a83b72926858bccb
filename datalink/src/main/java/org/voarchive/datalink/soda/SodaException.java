package org.voarchive.datalink.soda;

/** A cutout request that cannot be answered with data, for a reason the client is told. */
public final class SodaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SodaFault fault;

    public SodaException(SodaFault fault, String message) {
        super(message);
        this.fault = fault;
    }

    public SodaFault fault() {
        return fault;
    }

    static SodaException usage(String message) {
        return new SodaException(SodaFault.USAGE_ERROR, message);
    }

    static SodaException noOverlap(String message) {
        return new SodaException(SodaFault.NO_OVERLAP, message);
    }
}
