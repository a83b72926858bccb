package org.voarchive.server.auth;

import java.util.Optional;

/**
 * Where credentials are checked. Both methods answer empty for anything that does not authenticate:
 * an unknown account, a disabled one, a wrong password, an unknown, expired or revoked token; the
 * caller cannot tell these apart, so that an answer does not reveal which accounts exist.
 */
public interface CredentialStore {

    /** The account when {@code password} is its password and the account is enabled. */
    Optional<Account> verifyPassword(String user, String password);

    /** The enabled account an unexpired, unrevoked API token belongs to. */
    Optional<Account> resolveToken(String token);
}
