package org.voarchive.db.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.ProgramAccess;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRole;
import org.voarchive.server.auth.Redating;

/** Groups, programme grants and proprietary periods, and how access.caller_programs() sees the grants. */
class AccessAdministrationIT {

    private static TestDatabase db;
    private static JdbcGroups groups;
    private static JdbcProgramGrants grants;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.migrated();
        JdbcAccounts accounts = new JdbcAccounts(db.dataSource());
        accounts.create("pia", null, null, false);
        accounts.create("dele", null, null, false);
        accounts.create("gus", null, null, false);
        groups = new JdbcGroups(db.dataSource());
        grants = new JdbcProgramGrants(db.dataSource());
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static List<String> callerPrograms(String caller) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT set_config('voarchive.caller', ?, true)")) {
                s.setString(1, caller);
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT access.caller_programs()");
                    ResultSet r = s.executeQuery()) {
                r.next();
                List<String> programs = List.of((String[]) r.getArray(1).getArray());
                c.rollback();
                return programs.stream().sorted().toList();
            }
        }
    }

    @Test
    void grantsToAccountsAndGroupsReachTheCallerFunctions() throws Exception {
        groups.create("uves-team", "the UVES team");
        groups.addMember("uves-team", "gus");
        groups.addMember("uves-team", "gus");
        assertEquals(List.of("gus"), groups.find("uves-team").orElseThrow().members());

        grants.grant("0102.B-0002(A)", new ProgramMember("pia", null, ProgramRole.PI));
        grants.grant("0102.B-0002(A)", new ProgramMember("dele", null, ProgramRole.PI));
        grants.grant("0102.B-0002(A)", new ProgramMember("dele", null, ProgramRole.DELEGATE));
        grants.grant("0102.B-0002(A)", new ProgramMember(null, "uves-team", ProgramRole.DELEGATE));
        ProgramAccess p = grants.program("0102.B-0002(A)");
        assertNull(p.proprietaryMonths(), "the archive has not seen the programme");
        assertEquals(List.of(new ProgramMember("pia", null, ProgramRole.PI),
                new ProgramMember("dele", null, ProgramRole.DELEGATE),
                new ProgramMember(null, "uves-team", ProgramRole.DELEGATE)).stream().sorted(
                        java.util.Comparator.comparing(Object::toString)).toList(),
                p.members().stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                "a second grant replaces the role");

        assertEquals(List.of("0102.B-0002(A)"), callerPrograms("gus"));
        assertEquals(List.of("0102.B-0002(A)"), grants.programsOf("gus"));
        assertTrue(groups.removeMember("uves-team", "gus"));
        assertFalse(groups.removeMember("uves-team", "gus"));
        assertEquals(List.of(), callerPrograms("gus"));

        assertTrue(grants.revoke("0102.B-0002(A)", "dele", null));
        assertFalse(grants.revoke("0102.B-0002(A)", "dele", null));
        assertEquals(List.of(), grants.programsOf("dele"));
        groups.delete("uves-team");
        assertEquals(1, grants.program("0102.B-0002(A)").members().size(), "a deleted group's grants go with it");
    }

    @Test
    void aPeriodSetBeforeTheFirstFrameCreatesTheProgramme() throws Exception {
        assertEquals(new Redating(0, List.of()), grants.setProprietaryMonths("0103.C-0003(B)", 24), "no data to re-date");
        assertEquals(24, grants.program("0103.C-0003(B)").proprietaryMonths());
        grants.setProprietaryMonths("0103.C-0003(B)", 0);
        assertEquals(0, db.scalar("SELECT proprietary_months FROM archive.programs WHERE prog_id = '0103.C-0003(B)'"));
        assertThrows(AccessRequestException.class, () -> grants.setProprietaryMonths("0103.C-0003(B)", -1));
    }

    @Test
    void unknownAccountsAndGroupsAreTheClientsError() {
        AccessRequestException noUser = assertThrows(AccessRequestException.class,
                () -> grants.grant("P", new ProgramMember("nobody", null, ProgramRole.PI)));
        assertEquals("no account nobody", noUser.getMessage());
        assertEquals(404, noUser.status());
        assertEquals("no group nogroup", assertThrows(AccessRequestException.class,
                () -> grants.grant("P", new ProgramMember(null, "nogroup", ProgramRole.PI))).getMessage());
        assertEquals("no group nogroup", assertThrows(AccessRequestException.class,
                () -> groups.addMember("nogroup", "pia")).getMessage());
        groups.create("g1", null);
        assertEquals("no account nobody", assertThrows(AccessRequestException.class,
                () -> groups.addMember("g1", "nobody")).getMessage());
        assertEquals("group g1 exists already", assertThrows(AccessRequestException.class,
                () -> groups.create("g1", null)).getMessage());
        assertEquals(404, assertThrows(AccessRequestException.class, () -> groups.delete("nogroup")).status());
    }
}
