package org.voarchive.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The VOSI endpoints themselves, which every deployment has. */
@ApplicationScoped
public class VosiCapabilities implements CapabilityProvider {

    static final String CAPABILITIES = "ivo://ivoa.net/std/VOSI#capabilities";
    static final String AVAILABILITY = "ivo://ivoa.net/std/VOSI#availability";

    @Override
    public List<Capability> capabilities() {
        return List.of(
                new Capability(CAPABILITIES, "VOSI capabilities",
                        List.of(new CapabilityInterface("capabilities", null, null, "full"))),
                new Capability(AVAILABILITY, "VOSI availability",
                        List.of(new CapabilityInterface("availability", null, null, "full"))));
    }
}
