package org.voarchive.db.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.voarchive.server.auth.Account;
import org.voarchive.server.auth.ApiTokens;
import org.voarchive.server.auth.CredentialStore;

/**
 * Credentials checked against {@code access.users} and {@code access.tokens}. Nothing is cached: a
 * revoked token or a disabled account is refused from the next request on.
 */
@ApplicationScoped
public class JdbcCredentialStore implements CredentialStore {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcCredentialStore() {
    }

    public JdbcCredentialStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The hasher every account's password is kept with. */
    public static PasswordHasher hasher() {
        return HASHER;
    }

    @Override
    public Optional<Account> verifyPassword(String user, String password) {
        String hash = null;
        Account account = null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT name, password_hash, operator FROM access.users WHERE name = ? AND NOT disabled")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    hash = r.getString(2);
                    account = new Account(r.getString(1), r.getBoolean(3));
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read accounts", e);
        }
        // the hash is checked even when there is no account, so that timing does not tell
        boolean matches = HASHER.matches(password, hash);
        return matches ? Optional.of(account) : Optional.empty();
    }

    @Override
    public Optional<Account> resolveToken(String token) {
        if (!ApiTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT u.name, u.operator FROM access.tokens t "
                        + "JOIN access.users u ON u.name = t.user_name "
                        + "WHERE t.token_sha256 = ? AND t.revoked IS NULL AND t.expires > now() AND NOT u.disabled")) {
            s.setString(1, ApiTokens.digest(token));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Account(r.getString(1), r.getBoolean(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read tokens", e);
        }
    }
}
