package org.voarchive.datalink.descriptor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.vosi.CapabilityProvider;

/** The DataLink {links} capability in {@code /capabilities}. */
@ApplicationScoped
public class DataLinkCapabilities implements CapabilityProvider {

    @Override
    public List<Capability> capabilities() {
        return List.of(new Capability(PublisherDidDescriptors.LINKS_STANDARD, "DataLink {links} (DataLink 1.1)",
                List.of(CapabilityInterface.standard(PublisherDidDescriptors.LINKS_PATH, "1.1"))));
    }
}
