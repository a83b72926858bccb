package org.voarchive.ingest.service;

import java.util.concurrent.ScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The application server's managed scheduled executor, on which the back end's periodic work runs (its
 * threads carry the application's context, and the container stops them with the application).
 */
public final class ContainerScheduler {

    private ContainerScheduler() {
    }

    /** @throws IllegalStateException when the container offers none (outside a Jakarta EE server) */
    public static ScheduledExecutorService get() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("the container offers no managed scheduled executor: " + e.getMessage(), e);
        }
    }
}
