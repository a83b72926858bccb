package org.voarchive.server.dali;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.net.URI;

/**
 * Remembers the base URL of the request whose answer is being written, for the service descriptors of
 * result VOTables: the static writers have no request of their own. Results written away from any request
 * (asynchronous jobs) get the base URL of the latest request, which is the archive's own when it is
 * reached under one name; {@code archive.base-url} overrides both (see {@link ServiceDescriptors#base()}).
 */
@Provider
public class RequestBase implements WriterInterceptor {

    private static final ThreadLocal<URI> WRITING = new ThreadLocal<>();
    private static volatile URI latest;

    @Context
    UriInfo uriInfo;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        URI base = withSlash(uriInfo.getBaseUri());
        latest = base;
        URI outer = WRITING.get();
        WRITING.set(base);
        try {
            context.proceed();
        } finally {
            if (outer == null) {
                WRITING.remove();
            } else {
                WRITING.set(outer);
            }
        }
    }

    /** The base URL of the request being answered on this thread, else of the latest request; null before any. */
    static URI current() {
        URI base = WRITING.get();
        return base != null ? base : latest;
    }

    private static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }
}
