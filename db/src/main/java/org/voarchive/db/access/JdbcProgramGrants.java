package org.voarchive.db.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.ProgramAccess;
import org.voarchive.server.auth.ProgramGrants;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRole;
import org.voarchive.server.auth.Redating;

/**
 * Grants in {@code access.program_members} and proprietary periods in {@code archive.programs}. A
 * period set before the programme's first frame creates its row, which the ingest then keeps; a period
 * set later re-dates what was ingested ({@link ProgramRedating}).
 */
@ApplicationScoped
public class JdbcProgramGrants implements ProgramGrants {

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcProgramGrants() {
    }

    public JdbcProgramGrants(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ProgramAccess program(String progId) {
        Integer months = null;
        List<ProgramMember> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT proprietary_months FROM archive.programs WHERE prog_id = ?")) {
                s.setString(1, progId);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        months = r.getInt(1);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT user_name, group_name, role "
                    + "FROM access.program_members WHERE prog_id = ? ORDER BY role DESC, user_name, group_name")) {
                s.setString(1, progId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        members.add(new ProgramMember(r.getString(1), r.getString(2), ProgramRole.of(r.getString(3))));
                    }
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read programme " + progId, e);
        }
        return new ProgramAccess(progId, months, members);
    }

    @Override
    public void grant(String progId, ProgramMember member) {
        boolean user = member.user() != null;
        String sql = user
                ? "INSERT INTO access.program_members (prog_id, user_name, role) VALUES (?, ?, ?) "
                        + "ON CONFLICT (prog_id, user_name) WHERE user_name IS NOT NULL DO UPDATE SET role = EXCLUDED.role"
                : "INSERT INTO access.program_members (prog_id, group_name, role) VALUES (?, ?, ?) "
                        + "ON CONFLICT (prog_id, group_name) WHERE group_name IS NOT NULL DO UPDATE SET role = EXCLUDED.role";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, progId);
            s.setString(2, user ? member.user() : member.group());
            s.setString(3, member.role().code());
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlStates.translate(e, "", "", user ? "no account " + member.user() : "no group " + member.group(),
                    "cannot grant programme " + progId);
        }
    }

    @Override
    public boolean revoke(String progId, String user, String group) {
        String sql = user != null ? "DELETE FROM access.program_members WHERE prog_id = ? AND user_name = ?"
                : "DELETE FROM access.program_members WHERE prog_id = ? AND group_name = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, progId);
            s.setString(2, user != null ? user : group);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new AccessStoreException("cannot revoke a grant of programme " + progId, e);
        }
    }

    @Override
    public Redating setProprietaryMonths(String progId, int months) {
        if (months < 0) {
            throw new AccessRequestException("a proprietary period is 0 or more months");
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO archive.programs (prog_id, proprietary_months) "
                        + "VALUES (?, ?) ON CONFLICT (prog_id) DO UPDATE SET proprietary_months = EXCLUDED.proprietary_months")) {
                    s.setString(1, progId);
                    s.setInt(2, months);
                    s.executeUpdate();
                }
                // the period and the dates it gives change together, or not at all
                Redating redating = ProgramRedating.redate(c, progId, months);
                c.commit();
                return redating;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot set the proprietary period of " + progId, e);
        }
    }

    @Override
    public List<String> programsOf(String user) {
        List<String> programs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT DISTINCT pm.prog_id FROM access.program_members pm "
                        + "WHERE pm.user_name = ? OR pm.group_name IN "
                        + "(SELECT gm.group_name FROM access.group_members gm WHERE gm.user_name = ?) ORDER BY 1")) {
            s.setString(1, user);
            s.setString(2, user);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    programs.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read the programmes of " + user, e);
        }
        return programs;
    }
}
