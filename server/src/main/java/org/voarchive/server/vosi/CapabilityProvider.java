package org.voarchive.server.vosi;

import java.util.List;

/**
 * What a deployed module contributes to {@code /capabilities} and to the landing page. Each module that
 * serves a protocol provides one CDI bean implementing this; the archive lists exactly what is deployed.
 *
 * <p>Implementations are called on every request to {@code /capabilities}, from any thread: they must be
 * thread safe and cheap. They never return null.
 */
public interface CapabilityProvider {

    /** The capabilities this module serves, in the order they should be listed; never null. */
    List<Capability> capabilities();
}
