package org.voarchive.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voarchive.db.access.JdbcAccounts;
import org.voarchive.db.access.JdbcProgramGrants;
import org.voarchive.db.access.JdbcSubscriptions;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.ingest.frame.FrameReader;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.ManifestEntry;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;
import org.voarchive.server.auth.MailCatcher;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRole;
import org.voarchive.server.auth.WebhookCatcher;

/**
 * {@code ./archive ingest} beside no server tells subscribers of the night's programmes what it published,
 * as the server would: one webhook call and one e-mail per subscription and programme, listing every new
 * product of that programme.
 */
class IngestNoticesIT {

    @TempDir
    Path temp;

    @Test
    void subscribersHearOfWhatTheCommandPublished() throws Exception {
        try (TestDatabase db = TestDatabase.migrated(); WebhookCatcher webhook = new WebhookCatcher();
                MailCatcher mail = new MailCatcher()) {
            Path stream = temp.resolve("stream");
            Manifest night = new TransferStreamSimulator(SimulationPlan.of(3, 1).withScale(FrameScale.SMALL)).write(stream);
            Set<String> programmes = new TreeSet<>();
            for (ManifestEntry e : night.entries()) {
                if (e.dprCatg().equals("SCIENCE") && !e.bad()) {
                    FrameReader.headers(stream.resolve(e.fileName())).get(0).text("OBS.PROG.ID").map(String::strip)
                            .ifPresent(programmes::add);
                }
            }
            assertFalse(programmes.isEmpty());
            new JdbcAccounts(db.dataSource()).create("pia", null, "pia@example.org", false);
            JdbcProgramGrants grants = new JdbcProgramGrants(db.dataSource());
            JdbcSubscriptions subscriptions = new JdbcSubscriptions(db.dataSource());
            for (String prog : programmes) {
                grants.grant(prog, new ProgramMember("pia", null, ProgramRole.PI));
                subscriptions.subscribe("pia", prog, webhook.url("/hook"), "pia@example.org");
            }
            Map<String, String> env = Map.of("ARCHIVE_DB_URL", db.url(), "ARCHIVE_DB_USER", TestDatabase.user(),
                    "ARCHIVE_DB_PASSWORD", TestDatabase.password(), "ARCHIVE_DB_READER_ROLE", TestDatabase.READER_ROLE,
                    "ARCHIVE_DATA_DIR", temp.resolve("data").toString(), "ARCHIVE_INGEST_REDUCER", "java",
                    "ARCHIVE_NOTIFY_SMTP_HOST", "127.0.0.1", "ARCHIVE_NOTIFY_SMTP_PORT", Integer.toString(mail.port()),
                    "ARCHIVE_TITLE", "Test Archive");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(0, IngestCommand.run(stream, CommandEnvironment.from(env), new PrintStream(out, true, StandardCharsets.UTF_8)));
            String summary = out.toString(StandardCharsets.UTF_8);
            assertTrue(summary.contains("Notices delivered to subscribers: " + 2 * programmes.size()
                    + " (new products of " + programmes.size() + " programmes)"), summary);

            Map<String, Set<String>> published = new HashMap<>();
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT f.prog_id, p.arcfile FROM archive.products p JOIN archive.files f ON f.arcfile = p.arcfile");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    published.computeIfAbsent(rs.getString(1), p -> new HashSet<>()).add(rs.getString(2));
                }
            }
            assertEquals(programmes, published.keySet(), "every programme published products");
            for (int i = 0; i < programmes.size(); i++) {
                WebhookCatcher.Call call = webhook.next(5, TimeUnit.SECONDS);
                assertNotNull(call, summary);
                JsonObject json = Json.createReader(new StringReader(call.body())).readObject();
                Set<String> listed = new HashSet<>();
                json.getJsonArray("products").forEach(p -> listed.add(p.asJsonObject().getString("arcfile")));
                assertEquals(published.get(json.getString("prog_id")), listed, json.getString("prog_id"));

                MailCatcher.Mail m = mail.next(5, TimeUnit.SECONDS);
                assertNotNull(m, summary);
                assertTrue(m.subject().startsWith("[Test Archive] "), m.subject());
                assertEquals(java.util.List.of("pia@example.org"), m.to());
            }
            assertNull(webhook.next(200, TimeUnit.MILLISECONDS), "one call per subscription and programme");
        }
    }
}
