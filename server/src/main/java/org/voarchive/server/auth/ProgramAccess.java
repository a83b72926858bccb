package org.voarchive.server.auth;

import java.util.List;

/**
 * Who holds a programme, and its proprietary period.
 *
 * @param proprietaryMonths the programme's proprietary period, or null when the archive has not seen
 *     the programme and no operator has set one (the ingest default applies)
 */
public record ProgramAccess(String progId, Integer proprietaryMonths, List<ProgramMember> members) {

    public ProgramAccess {
        members = List.copyOf(members);
    }
}
