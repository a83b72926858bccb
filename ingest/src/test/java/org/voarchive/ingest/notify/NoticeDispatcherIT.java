package org.voarchive.ingest.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voarchive.db.access.JdbcAccounts;
import org.voarchive.db.access.JdbcGroups;
import org.voarchive.db.access.JdbcProgramGrants;
import org.voarchive.db.access.JdbcSubscriptions;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.MailCatcher;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRole;
import org.voarchive.server.auth.WebhookCatcher;

/** Notices sent for real: subscriptions in PostgreSQL, a webhook over HTTP, mail over SMTP. */
class NoticeDispatcherIT {

    private static TestDatabase db;
    private static JdbcSubscriptions subscriptions;
    private static JdbcProgramGrants grants;
    private static WebhookCatcher webhook;
    private static MailCatcher mail;
    private static NoticeDispatcher dispatcher;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.migrated();
        JdbcAccounts accounts = new JdbcAccounts(db.dataSource());
        accounts.create("pia", "pia-password", null, false);
        accounts.create("dele", null, null, false);
        accounts.create("other", null, null, false);
        JdbcGroups groups = new JdbcGroups(db.dataSource());
        groups.create("team", null);
        groups.addMember("team", "dele");
        grants = new JdbcProgramGrants(db.dataSource());
        grants.grant("0101.A-0001(A)", new ProgramMember("pia", null, ProgramRole.PI));
        grants.grant("0101.A-0001(A)", new ProgramMember(null, "team", ProgramRole.DELEGATE));
        subscriptions = new JdbcSubscriptions(db.dataSource());
        webhook = new WebhookCatcher();
        mail = new MailCatcher();
        dispatcher = new NoticeDispatcher(subscriptions, new WebhookSender(Duration.ofSeconds(5)),
                Optional.of(new SmtpSender("127.0.0.1", mail.port(), "archive@voarchive.example", Duration.ofSeconds(5))),
                "VO Archive");
    }

    @AfterAll
    static void tearDown() throws Exception {
        webhook.close();
        mail.close();
        db.close();
    }

    private static PublishedNotice notice(String arcfile) {
        return new PublishedNotice("0101.A-0001(A)", arcfile, "ivo://voarchive.example/products?" + arcfile, "OB1",
                "spectrum", "UVES", "HD 1234 ü", Instant.parse("2027-06-01T00:00:00Z"), "http://h/files/" + arcfile);
    }

    @Test
    void onlyRoleHoldersSubscribe() {
        AccessRequestException e = assertThrows(AccessRequestException.class,
                () -> subscriptions.subscribe("other", "0101.A-0001(A)", URI.create("http://127.0.0.1:1/x"), null));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains("holds no role"), e.getMessage());
    }

    @Test
    void subscribersGetOneWebhookCallAndOneMailPerBatch() throws Exception {
        var byHook = subscriptions.subscribe("pia", "0101.A-0001(A)", webhook.url("/pia"), null);
        var byMail = subscriptions.subscribe("dele", "0101.A-0001(A)", null, "dele@example.org");
        try {
            int delivered = dispatcher.dispatch("0101.A-0001(A)", List.of(notice("ADP.1.fits"), notice("ADP.2.fits")));
            assertEquals(2, delivered);

            WebhookCatcher.Call call = webhook.next(5, TimeUnit.SECONDS);
            assertNotNull(call);
            assertEquals("/pia", call.path());
            assertEquals("application/json", call.contentType());
            JsonObject json = Json.createReader(new StringReader(call.body())).readObject();
            assertEquals("published", json.getString("event"));
            assertEquals("0101.A-0001(A)", json.getString("prog_id"));
            assertEquals(byHook.id(), json.getString("subscription"));
            assertEquals(2, json.getJsonArray("products").size());
            assertEquals("ADP.1.fits", json.getJsonArray("products").getJsonObject(0).getString("arcfile"));
            assertEquals("2027-06-01T00:00:00Z",
                    json.getJsonArray("products").getJsonObject(0).getString("obs_release_date"));

            MailCatcher.Mail m = mail.next(5, TimeUnit.SECONDS);
            assertNotNull(m);
            assertEquals("archive@voarchive.example", m.from());
            assertEquals(List.of("dele@example.org"), m.to());
            assertEquals("[VO Archive] 2 new products of programme 0101.A-0001(A)", m.subject());
            assertTrue(m.text().contains("ADP.2.fits"), m.text());
            assertTrue(m.text().contains("HD 1234 ü"), "UTF-8 survives: " + m.text());
            assertTrue(m.text().startsWith("Dear dele,"), m.text());
            assertNull(webhook.next(200, TimeUnit.MILLISECONDS), "one call per subscription and batch");
        } finally {
            subscriptions.unsubscribe("pia", byHook.id());
            subscriptions.unsubscribe("dele", byMail.id());
        }
    }

    @Test
    void aFailingWebhookDoesNotStopTheOthersAndAWithdrawnGrantStopsNotices() throws Exception {
        var failing = subscriptions.subscribe("pia", "0101.A-0001(A)", URI.create("http://127.0.0.1:9/nothing-listens"), null);
        var byMail = subscriptions.subscribe("pia", "0101.A-0001(A)", null, "pia@example.org");
        try {
            assertEquals(1, dispatcher.dispatch("0101.A-0001(A)", List.of(notice("ADP.3.fits"))));
            assertNotNull(mail.next(5, TimeUnit.SECONDS));

            assertTrue(grants.revoke("0101.A-0001(A)", "pia", null));
            assertEquals(0, dispatcher.dispatch("0101.A-0001(A)", List.of(notice("ADP.4.fits"))));
            assertNull(mail.next(300, TimeUnit.MILLISECONDS));
            assertEquals(0, dispatcher.dispatch("another-programme", List.of(notice("ADP.5.fits"))));
        } finally {
            grants.grant("0101.A-0001(A)", new ProgramMember("pia", null, ProgramRole.PI));
            subscriptions.unsubscribe("pia", failing.id());
            subscriptions.unsubscribe("pia", byMail.id());
        }
    }

    @Test
    void aWebhookAnsweringAnErrorIsAFailedDelivery() throws Exception {
        var s = subscriptions.subscribe("pia", "0101.A-0001(A)", webhook.url("/down"), null);
        webhook.answer(500);
        try {
            assertEquals(0, dispatcher.dispatch("0101.A-0001(A)", List.of(notice("ADP.6.fits"))));
            assertNotNull(webhook.next(5, TimeUnit.SECONDS), "it was called");
        } finally {
            webhook.answer(204);
            subscriptions.unsubscribe("pia", s.id());
        }
    }
}
