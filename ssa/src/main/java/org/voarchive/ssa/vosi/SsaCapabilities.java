package org.voarchive.ssa.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.CapabilityProvider;
import org.voarchive.ssa.web.SsaService;

/** Registers SSA 1.1 at {@code /ssa} with its limits. */
@ApplicationScoped
public class SsaCapabilities implements CapabilityProvider {

    static final String SSA = "ivo://ivoa.net/std/SSA";

    @Inject
    SsaService ssa;

    @Override
    public List<Capability> capabilities() {
        return List.of(new Capability(SSA, "Simple Spectral Access (SSA 1.1)",
                List.of(new CapabilityInterface("ssa", "std", "1.1", "base")), new SsaRegExt(ssa.limits())));
    }
}
