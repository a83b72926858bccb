package org.voarchive.db.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.AccountDirectory;
import org.voarchive.server.auth.AccountSummary;

/** Accounts in {@code access.users}: created, given passwords, disabled, made operators, deleted. */
@ApplicationScoped
public class JdbcAccounts implements AccountDirectory {

    static final String NAME_RULE = "a name is 1 to 64 letters, digits and ._@- starting with a letter or digit";

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcAccounts() {
    }

    public JdbcAccounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates an account.
     *
     * @param password its password, or null for an account that logs in with tokens only
     */
    @Override
    public void create(String name, String password, String email, boolean operator) {
        String hash = password == null ? null : JdbcCredentialStore.hasher().hash(checkedPassword(password));
        update("INSERT INTO access.users (name, password_hash, email, operator) VALUES (?, ?, ?, ?)",
                new Object[] {name, hash, email, operator},
                "account " + name + " exists already", "invalid account name " + name + ": " + NAME_RULE, "");
    }

    /** Sets an account's password (null: tokens only). */
    @Override
    public void setPassword(String name, String password) {
        String hash = password == null ? null : JdbcCredentialStore.hasher().hash(checkedPassword(password));
        requireOne(update("UPDATE access.users SET password_hash = ? WHERE name = ?", new Object[] {hash, name},
                "", "", ""), name);
    }

    /** Disables or re-enables an account; a disabled account's password and tokens stop working at once. */
    @Override
    public void setDisabled(String name, boolean disabled) {
        requireOne(update("UPDATE access.users SET disabled = ? WHERE name = ?", new Object[] {disabled, name},
                "", "", ""), name);
    }

    @Override
    public void setOperator(String name, boolean operator) {
        requireOne(update("UPDATE access.users SET operator = ? WHERE name = ?", new Object[] {operator, name},
                "", "", ""), name);
    }

    @Override
    public void setEmail(String name, String email) {
        requireOne(update("UPDATE access.users SET email = ? WHERE name = ?", new Object[] {email, name},
                "", "", ""), name);
    }

    /** Deletes an account with its tokens, memberships and grants. */
    @Override
    public void delete(String name) {
        requireOne(update("DELETE FROM access.users WHERE name = ?", new Object[] {name}, "", "", ""), name);
    }

    @Override
    public Optional<AccountSummary> find(String name) {
        return query("WHERE name = ?", name).stream().findFirst();
    }

    /** Every account, by name. */
    @Override
    public List<AccountSummary> list() {
        return query("", null);
    }

    private List<AccountSummary> query(String where, String name) {
        List<AccountSummary> accounts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name, email, operator, disabled, "
                        + "password_hash IS NOT NULL, created FROM access.users " + where + " ORDER BY name")) {
            if (name != null) {
                s.setString(1, name);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    accounts.add(new AccountSummary(r.getString(1), r.getString(2), r.getBoolean(3), r.getBoolean(4),
                            r.getBoolean(5), r.getTimestamp(6).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read accounts", e);
        }
        return accounts;
    }

    private static String checkedPassword(String password) {
        if (password.length() < 8) {
            throw new AccessRequestException("a password has at least 8 characters");
        }
        if (password.length() > 1024) {
            throw new AccessRequestException("a password has at most 1024 characters");
        }
        return password;
    }

    private static void requireOne(int rows, String name) {
        if (rows == 0) {
            throw new AccessRequestException("no account " + name, true);
        }
    }

    private int update(String sql, Object[] values, String taken, String invalid, String missing) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw SqlStates.translate(e, taken, invalid, missing, "cannot change accounts");
        }
    }
}
