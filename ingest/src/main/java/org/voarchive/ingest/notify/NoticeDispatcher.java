package org.voarchive.ingest.notify;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.voarchive.db.access.JdbcSubscriptions;
import org.voarchive.server.auth.Subscription;

/**
 * Sends one programme's gathered notices to each of its subscriptions. Every delivery stands alone: a
 * webhook that is down or a relay that refuses is logged, and the others still go out.
 */
public final class NoticeDispatcher {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class.getName());

    private final JdbcSubscriptions subscriptions;
    private final WebhookSender webhooks;
    private final Optional<SmtpSender> mail;
    private final String archive;

    /**
     * @param mail    the SMTP relay, or empty when e-mail subscriptions cannot be served (they are logged)
     * @param archive the archive's name, for subjects and payloads
     */
    public NoticeDispatcher(JdbcSubscriptions subscriptions, WebhookSender webhooks, Optional<SmtpSender> mail,
            String archive) {
        this.subscriptions = subscriptions;
        this.webhooks = webhooks;
        this.mail = mail;
        this.archive = archive;
    }

    /**
     * The dispatcher of an archive's settings, as the server and {@code ./archive ingest} both read them.
     *
     * @param smtpHost the SMTP relay, or empty when the archive sends no e-mail
     * @param timeout  how long one webhook call or SMTP conversation may take
     */
    public static NoticeDispatcher of(DataSource dataSource, Optional<String> smtpHost, int smtpPort, String from,
            Duration timeout, String archive) {
        return new NoticeDispatcher(new JdbcSubscriptions(dataSource), new WebhookSender(timeout),
                smtpHost.map(host -> new SmtpSender(host, smtpPort, from, timeout)), archive);
    }

    /** Notifies every current subscriber of the programme; returns how many deliveries succeeded. */
    public int dispatch(String progId, List<PublishedNotice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        for (Subscription s : subscriptions.recipients(progId)) {
            if (s.webhook() != null) {
                try {
                    webhooks.send(s.webhook(), payload(s, notices));
                    delivered++;
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    LOG.log(Level.WARNING, "notice to " + s.user() + " by webhook failed: " + e.getMessage());
                }
            }
            if (s.email() != null) {
                if (mail.isEmpty()) {
                    LOG.warning("notice to " + s.user() + " by e-mail not sent: no SMTP host is configured");
                    continue;
                }
                try {
                    mail.get().send(s.email(), subject(progId, notices), text(s, notices));
                    delivered++;
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "notice to " + s.user() + " by e-mail failed: " + e.getMessage());
                }
            }
        }
        return delivered;
    }

    String payload(Subscription s, List<PublishedNotice> notices) {
        JsonArrayBuilder products = Json.createArrayBuilder();
        notices.forEach(n -> products.add(n.json()));
        return Json.createObjectBuilder()
                .add("event", "published")
                .add("archive", archive)
                .add("prog_id", s.progId())
                .add("subscription", s.id())
                .add("products", products)
                .build().toString();
    }

    private String subject(String progId, List<PublishedNotice> notices) {
        return "[" + archive + "] " + notices.size() + " new product" + (notices.size() == 1 ? "" : "s")
                + " of programme " + progId;
    }

    private String text(Subscription s, List<PublishedNotice> notices) {
        StringBuilder b = new StringBuilder("Dear ").append(s.user()).append(",\n\n")
                .append(archive).append(" has published new data of programme ").append(s.progId()).append(":\n\n");
        notices.forEach(n -> b.append(n.line()).append('\n'));
        return b.append("\nYou receive this because you subscribed to the programme (subscription ")
                .append(s.id()).append(").\n").toString();
    }
}
