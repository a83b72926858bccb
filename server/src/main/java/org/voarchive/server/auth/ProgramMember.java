package org.voarchive.server.auth;

/**
 * One grant of a programme: to an account or to a group (exactly one of them is set).
 */
public record ProgramMember(String user, String group, ProgramRole role) {

    public ProgramMember {
        if ((user == null) == (group == null)) {
            throw new IllegalArgumentException("a grant names a user or a group");
        }
    }
}
