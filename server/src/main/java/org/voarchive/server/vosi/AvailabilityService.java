package org.voarchive.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs every registered {@link AvailabilityProbe} and combines what they found. */
@ApplicationScoped
public class AvailabilityService {

    @Inject
    Instance<AvailabilityProbe> probes;
    private final Instant upSince = Instant.now();

    /** Checks now. With no probe deployed the archive cannot know it is usable, so it says so. */
    public Availability check() {
        List<ProbeResult> results = new ArrayList<>();
        probes.forEach(p -> results.add(p.probe()));
        if (results.isEmpty()) {
            results.add(ProbeResult.failed("no availability probe is deployed"));
        }
        return Availability.of(upSince, results);
    }
}
