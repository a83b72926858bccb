package org.voarchive.server.auth;

import java.util.List;
import java.util.Optional;

/** Groups and their members; bad input raises {@link AccessRequestException}. */
public interface GroupDirectory {

    /** Every group with its members, by name. */
    List<GroupSummary> list();

    Optional<GroupSummary> find(String name);

    void create(String name, String description);

    /** Deletes a group with its memberships and grants. */
    void delete(String name);

    /** Adds an account to a group (nothing happens when it is a member already). */
    void addMember(String group, String user);

    /** Removes an account from a group; false when it was not a member. */
    boolean removeMember(String group, String user);
}
