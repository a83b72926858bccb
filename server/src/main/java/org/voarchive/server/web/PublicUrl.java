package org.voarchive.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.voarchive.server.config.ArchiveConfig;

/**
 * The base URL that clients should use: the configured {@code archive.base-url} when the archive sits
 * behind a proxy, otherwise the one the request came in on, so that advertised URLs work on any port.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    ArchiveConfig config;

    /** The base URL, always ending in a slash. */
    public URI base(UriInfo request) {
        return config.baseUrl().orElseGet(() -> withSlash(request.getBaseUri()));
    }

    private static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }
}
