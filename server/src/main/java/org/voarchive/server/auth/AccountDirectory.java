package org.voarchive.server.auth;

import java.util.List;
import java.util.Optional;

/**
 * The accounts, as operators manage them. Every change takes effect from the caller's next request: a
 * disabled or deleted account's password and tokens stop working at once. Bad input (a malformed or
 * taken name, a short password, an unknown account) raises {@link AccessRequestException}.
 */
public interface AccountDirectory {

    /** Every account, by name. */
    List<AccountSummary> list();

    Optional<AccountSummary> find(String name);

    /** Creates an account; a null password makes one that logs in with tokens only. */
    void create(String name, String password, String email, boolean operator);

    void setPassword(String name, String password);

    void setEmail(String name, String email);

    void setOperator(String name, boolean operator);

    void setDisabled(String name, boolean disabled);

    /** Deletes an account with its tokens, memberships, grants and subscriptions. */
    void delete(String name);
}
