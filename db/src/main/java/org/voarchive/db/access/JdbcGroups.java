package org.voarchive.db.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.GroupDirectory;
import org.voarchive.server.auth.GroupSummary;

/** Groups in {@code access.groups} and {@code access.group_members}. */
@ApplicationScoped
public class JdbcGroups implements GroupDirectory {

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcGroups() {
    }

    public JdbcGroups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<GroupSummary> list() {
        return query("", null);
    }

    @Override
    public Optional<GroupSummary> find(String name) {
        return query("WHERE g.name = ?", name).stream().findFirst();
    }

    @Override
    public void create(String name, String description) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO access.groups (name, description) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setString(2, description);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlStates.translate(e, "group " + name + " exists already",
                    "invalid group name " + name + ": " + JdbcAccounts.NAME_RULE, "", "cannot create a group");
        }
    }

    @Override
    public void delete(String name) {
        if (update("DELETE FROM access.groups WHERE name = ?", name) == 0) {
            throw new AccessRequestException("no group " + name, true);
        }
    }

    @Override
    public void addMember(String group, String user) {
        if (find(group).isEmpty()) {
            throw new AccessRequestException("no group " + group, true);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO access.group_members (group_name, user_name) "
                        + "VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, group);
            s.setString(2, user);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlStates.translate(e, "", "", "no account " + user, "cannot add a member");
        }
    }

    @Override
    public boolean removeMember(String group, String user) {
        return update("DELETE FROM access.group_members WHERE group_name = ? AND user_name = ?", group, user) == 1;
    }

    private List<GroupSummary> query(String where, String name) {
        List<GroupSummary> groups = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT g.name, g.description, "
                        + "array_remove(array_agg(m.user_name ORDER BY m.user_name), NULL) FROM access.groups g "
                        + "LEFT JOIN access.group_members m ON m.group_name = g.name " + where
                        + " GROUP BY g.name, g.description ORDER BY g.name")) {
            if (name != null) {
                s.setString(1, name);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Array members = r.getArray(3);
                    groups.add(new GroupSummary(r.getString(1), r.getString(2),
                            Arrays.asList((String[]) members.getArray())));
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read groups", e);
        }
        return groups;
    }

    private int update(String sql, String... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new AccessStoreException("cannot change groups", e);
        }
    }
}
