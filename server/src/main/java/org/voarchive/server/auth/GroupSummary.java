package org.voarchive.server.auth;

import java.util.List;

/** A group of accounts, which programme grants may name instead of each member. */
public record GroupSummary(String name, String description, List<String> members) {

    public GroupSummary {
        members = List.copyOf(members);
    }
}
