package org.voarchive.server.auth;

import java.util.List;

/**
 * Programme grants and proprietary periods. A programme may be granted and given a period before its
 * first frame reaches the archive. Bad input raises {@link AccessRequestException}.
 */
public interface ProgramGrants {

    /** The programme's grants and period (an unknown programme has none of either). */
    ProgramAccess program(String progId);

    /** Grants a role to an account or a group, replacing the role it had. */
    void grant(String progId, ProgramMember member);

    /** Withdraws an account's or a group's grant; false when it had none. */
    boolean revoke(String progId, String user, String group);

    /**
     * Sets the proprietary period of the programme: data ingested from now on, and the data already
     * ingested, which becomes public the new period after its observation (sooner or later than before).
     */
    Redating setProprietaryMonths(String progId, int months);

    /** The programmes an account holds a role in, directly or through a group, by id. */
    List<String> programsOf(String user);
}
