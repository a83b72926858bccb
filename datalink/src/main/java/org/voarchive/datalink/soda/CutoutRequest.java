package org.voarchive.datalink.soda;

import java.util.List;
import java.util.Optional;

/**
 * One validated SODA cutout: which product and which part of it.
 *
 * @param id the product's identifier (its publisher DID), opaque
 * @param region the sky region to cover, if any (CIRCLE or POLYGON)
 * @param band the wavelength interval in metres, if any
 * @param time the MJD interval, if any
 * @param pol the polarization states asked for; empty when none
 */
public record CutoutRequest(String id, Optional<SkyRegion> region, Optional<Interval> band,
        Optional<Interval> time, List<String> pol) {

    public CutoutRequest {
        pol = List.copyOf(pol);
    }

    /** Whether the request asks for a part of the data at all, rather than the whole product. */
    boolean filters() {
        return region.isPresent() || band.isPresent() || time.isPresent() || !pol.isEmpty();
    }
}
