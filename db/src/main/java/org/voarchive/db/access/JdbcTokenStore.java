package org.voarchive.db.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.voarchive.server.auth.ApiTokens;
import org.voarchive.server.auth.IssuedToken;
import org.voarchive.server.auth.TokenInfo;
import org.voarchive.server.auth.TokenStore;

/** API tokens in {@code access.tokens}, kept as SHA-256 digests. */
@ApplicationScoped
public class JdbcTokenStore implements TokenStore {

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcTokenStore() {
    }

    public JdbcTokenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public IssuedToken issue(String user, String label, Duration lifetime) {
        String token = ApiTokens.generate();
        UUID id = UUID.randomUUID();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = created.plus(lifetime);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO access.tokens "
                        + "(id, user_name, token_sha256, label, created, expires) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, user);
            s.setString(3, ApiTokens.digest(token));
            s.setString(4, label);
            s.setTimestamp(5, Timestamp.from(created));
            s.setTimestamp(6, Timestamp.from(expires));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new AccessStoreException("cannot issue a token for " + user, e);
        }
        return new IssuedToken(token, new TokenInfo(id.toString(), user, label, created, expires, null));
    }

    @Override
    public List<TokenInfo> list(String user) {
        List<TokenInfo> tokens = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, user_name, label, created, expires, revoked "
                        + "FROM access.tokens WHERE user_name = ? ORDER BY created DESC, id")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp revoked = r.getTimestamp(6);
                    tokens.add(new TokenInfo(r.getString(1), r.getString(2), r.getString(3),
                            r.getTimestamp(4).toInstant(), r.getTimestamp(5).toInstant(),
                            revoked == null ? null : revoked.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot list the tokens of " + user, e);
        }
        return tokens;
    }

    @Override
    public boolean revoke(String user, String id) {
        return OwnedRows.change(dataSource, "UPDATE access.tokens SET revoked = coalesce(revoked, now()) "
                + "WHERE id = ? AND user_name = ?", user, id, "cannot revoke a token of " + user);
    }
}
