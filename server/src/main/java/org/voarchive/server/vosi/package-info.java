/**
 * VOSI 1.1: the {@code /capabilities} document assembled from what each deployed module registers
 * through {@link org.voarchive.server.vosi.CapabilityProvider}, and {@code /availability} assembled from
 * every {@link org.voarchive.server.vosi.AvailabilityProbe}. Records here carry no XML or JAX-RS code;
 * the {@code *Document} classes write them.
 */
package org.voarchive.server.vosi;
