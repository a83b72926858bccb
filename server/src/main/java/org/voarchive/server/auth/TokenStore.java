package org.voarchive.server.auth;

import java.time.Duration;
import java.util.List;

/** Issues, lists and revokes an account's API tokens. */
public interface TokenStore {

    /**
     * A new token for an account.
     *
     * @param label    a name for the owner's list, or null
     * @param lifetime how long it works
     */
    IssuedToken issue(String user, String label, Duration lifetime);

    /** The account's tokens, newest first, including expired and revoked ones. */
    List<TokenInfo> list(String user);

    /** Revokes one of the account's tokens; false when the account has no token of that id. */
    boolean revoke(String user, String id);
}
