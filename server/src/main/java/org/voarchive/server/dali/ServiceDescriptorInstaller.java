package org.voarchive.server.dali;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.voarchive.server.config.ArchiveConfig;

/**
 * Hands the deployed {@link ServiceDescriptorSource} beans to the result writers when the application
 * starts. The writers are constants of {@link ResultFormat}, shared by every protocol, so the protocols
 * themselves need not know that descriptors exist.
 */
@ApplicationScoped
public class ServiceDescriptorInstaller {

    @Inject
    Instance<ServiceDescriptorSource> sources;

    @Inject
    ArchiveConfig config;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        List<ServiceDescriptorSource> found = sources.stream().toList();
        ServiceDescriptors.install(found, config.baseUrl().orElse(null));
    }
}
