package org.voarchive.datalink.soda;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.CapabilityProvider;

/** The SODA {sync} capability in the archive's {@code /capabilities}; SODA needs no registry extension. */
@ApplicationScoped
public class SodaCapabilities implements CapabilityProvider {

    static final String SODA_SYNC = "ivo://ivoa.net/std/SODA#sync-1.0";

    @Override
    public List<Capability> capabilities() {
        return List.of(new Capability(SODA_SYNC, "SODA cutouts (sync)",
                List.of(CapabilityInterface.standard("datalink/soda", "1.0"))));
    }
}
