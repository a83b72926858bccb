package org.voarchive.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every capability the deployed modules register. The VOSI capabilities come first; the rest are
 * ordered by standard identifier so that the document is stable from one request to the next.
 */
@ApplicationScoped
public class CapabilityRegistry {

    @Inject
    Instance<CapabilityProvider> providers;

    /** All capabilities, VOSI first, then by standard identifier; never empty in a deployment. */
    public List<Capability> all() {
        List<Capability> all = new ArrayList<>();
        providers.forEach(p -> all.addAll(p.capabilities()));
        all.sort(Comparator.comparing((Capability c) -> !c.standardId().startsWith("ivo://ivoa.net/std/VOSI"))
                .thenComparing(Capability::standardId));
        return all;
    }
}
