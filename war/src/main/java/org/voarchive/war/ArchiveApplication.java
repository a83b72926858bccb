package org.voarchive.war;

import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The JAX-RS application: every resource and provider under {@code org.voarchive}, whichever module
 * jar holds it, and multipart requests (for TAP uploads). It runs as a servlet filter (see web.xml) so that paths it does not know fall through to
 * static pages.
 */
public class ArchiveApplication extends ResourceConfig {

    public ArchiveApplication() {
        packages(true, "org.voarchive");
        register(MultiPartFeature.class);
    }
}
