package org.voarchive.server.auth;

import java.net.URI;
import java.util.List;

/**
 * Notification subscriptions. Only an account holding a role in a programme (PI or delegate, directly
 * or through a group) may subscribe to it; bad input raises {@link AccessRequestException}.
 */
public interface Subscriptions {

    /** Subscribes an account to a programme; at least one of webhook and email is given. */
    Subscription subscribe(String user, String progId, URI webhook, String email);

    /** The account's subscriptions, newest first. */
    List<Subscription> list(String user);

    /** Removes one of the account's subscriptions; false when it has none of that id. */
    boolean unsubscribe(String user, String id);
}
