package org.voarchive.server.vosi;

/**
 * One thing the archive needs in order to serve, checked for real on every {@code /availability}
 * request (the database answers, the schema is migrated, the data directory is writable).
 *
 * <p>Implementations are CDI beans, called from any thread; they must be thread safe, must not throw,
 * and should answer within a few seconds.
 */
public interface AvailabilityProbe {

    /** Checks now; never null. */
    ProbeResult probe();
}
