package org.voarchive.db.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.Subscription;
import org.voarchive.server.auth.Subscriptions;

/**
 * Subscriptions in {@code access.subscriptions}; {@link #recipients} is what the ingest asks when a
 * product is published.
 */
@ApplicationScoped
public class JdbcSubscriptions implements Subscriptions {

    /** Accounts that hold a role in the programme (second parameter) directly or through a group. */
    private static final String HOLDS_ROLE = "EXISTS (SELECT 1 FROM access.program_members pm WHERE pm.prog_id = ? "
            + "AND (pm.user_name = u.name OR pm.group_name IN "
            + "(SELECT gm.group_name FROM access.group_members gm WHERE gm.user_name = u.name)))";
    private static final String COLUMNS = "s.id, s.user_name, s.prog_id, s.webhook_url, s.email, s.created";

    @Inject
    DataSource dataSource;

    /** For CDI. */
    protected JdbcSubscriptions() {
    }

    public JdbcSubscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Subscription subscribe(String user, String progId, URI webhook, String email) {
        UUID id = UUID.randomUUID();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM access.users u WHERE u.name = ? AND NOT u.disabled AND " + HOLDS_ROLE)) {
                s.setString(1, user);
                s.setString(2, progId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new AccessRequestException(403, user + " holds no role (PI or delegate) in programme "
                                + progId + ", so cannot subscribe to it");
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO access.subscriptions "
                    + "(id, user_name, prog_id, webhook_url, email, created) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, id);
                s.setString(2, user);
                s.setString(3, progId);
                s.setString(4, webhook == null ? null : webhook.toString());
                s.setString(5, email);
                s.setTimestamp(6, Timestamp.from(created));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw SqlStates.translate(e, "", "a webhook is an http(s) URL and an e-mail address has one @", "",
                    "cannot subscribe");
        }
        return new Subscription(id.toString(), user, progId, webhook, email, created);
    }

    @Override
    public List<Subscription> list(String user) {
        return query("SELECT " + COLUMNS + " FROM access.subscriptions s WHERE s.user_name = ? "
                + "ORDER BY s.created DESC, s.id", user);
    }

    @Override
    public boolean unsubscribe(String user, String id) {
        return OwnedRows.change(dataSource, "DELETE FROM access.subscriptions WHERE id = ? AND user_name = ?", user, id,
                "cannot unsubscribe");
    }

    /**
     * The subscriptions to be served for new data of a programme: those of enabled accounts that still
     * hold a role in it.
     */
    public List<Subscription> recipients(String progId) {
        return query("SELECT " + COLUMNS + " FROM access.subscriptions s JOIN access.users u ON u.name = s.user_name "
                + "WHERE s.prog_id = ? AND NOT u.disabled AND " + HOLDS_ROLE + " ORDER BY s.created, s.id", progId, progId);
    }

    private List<Subscription> query(String sql, String... values) {
        List<Subscription> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String webhook = r.getString(4);
                    found.add(new Subscription(r.getString(1), r.getString(2), r.getString(3),
                            webhook == null ? null : URI.create(webhook), r.getString(5), r.getTimestamp(6).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new AccessStoreException("cannot read subscriptions", e);
        }
        return found;
    }
}
