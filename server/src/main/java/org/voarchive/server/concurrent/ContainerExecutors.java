package org.voarchive.server.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The container's default managed executors, looked up by their standard JNDI names: injection by
 * {@code @Resource} fails in library jars on Payara.
 */
public final class ContainerExecutors {

    private ContainerExecutors() {
    }

    /** @throws IllegalStateException when the container offers none (outside a Jakarta EE server) */
    public static ExecutorService executor() {
        return lookup("java:comp/DefaultManagedExecutorService", ExecutorService.class);
    }

    /** @throws IllegalStateException when the container offers none (outside a Jakarta EE server) */
    public static ScheduledExecutorService scheduler() {
        return lookup("java:comp/DefaultManagedScheduledExecutorService", ScheduledExecutorService.class);
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("the container offers no " + name + ": " + e.getMessage(), e);
        }
    }
}
