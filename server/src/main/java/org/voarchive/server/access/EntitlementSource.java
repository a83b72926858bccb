package org.voarchive.server.access;

import java.io.IOException;

/**
 * What a caller is entitled to, for services that decide visibility outside SQL (the facet index):
 * implemented by the database module with the very functions its row-level security calls, so that
 * both always agree.
 */
public interface EntitlementSource {

    /**
     * The caller's entitlements; {@link Entitlements#NONE} for an anonymous caller and for an account
     * that is unknown or disabled.
     *
     * @throws IOException when the database cannot answer
     */
    Entitlements of(Caller caller) throws IOException;
}
