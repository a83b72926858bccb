package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.db.access.JdbcAccounts;
import org.voarchive.db.access.JdbcProgramGrants;
import org.voarchive.db.access.JdbcTokenStore;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.auth.ApiTokens;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.ManifestEntry;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;
import org.voarchive.server.auth.IssuedToken;
import org.voarchive.server.auth.MailCatcher;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.ProgramRole;
import org.voarchive.server.auth.WebhookCatcher;
import org.voarchive.server.xml.IvoaSchemas;

/**
 * Accounts in the real server: anonymous requests, HTTP Basic with a password or an API token, Bearer
 * tokens, the 401 answers with their challenges for credentials that do not hold, the token and
 * administration APIs, security methods in the capabilities, and notices to subscribers (by webhook and
 * by e-mail) when the server's own back end publishes their programmes' products.
 */
@ExtendWith(ArquillianExtension.class)
class AuthIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    /** The simulated night's programmes (the simulator's PROGRAMMES), all held by pia. */
    private static final List<String> PROGRAMMES = List.of("110.23AB.001", "111.24KQ.002", "112.25C9.001",
            "111.24RM.003");

    private static JdbcTokenStore tokens;
    private static JdbcAccounts accounts;
    private static WebhookCatcher webhook;
    private static MailCatcher mail;
    private static Path data;
    private static Path stream;
    private static Manifest night;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        webhook = new WebhookCatcher();
        mail = new MailCatcher();
        data = temporaryDataDir();
        stream = temporaryDataDir();
        night = new TransferStreamSimulator(SimulationPlan.of(11, 1).withScale(FrameScale.SMALL)).write(stream);
        db = TestDatabase.migrated();
        accounts = new JdbcAccounts(db.dataSource());
        tokens = new JdbcTokenStore(db.dataSource());
        accounts.create("alice", "alice-password", "alice@example.org", false);
        accounts.create("olga", "olga-password", null, true);
        accounts.create("mallory", "mallory-password", null, false);
        accounts.setDisabled("mallory", true);
        accounts.create("pia", "pia-password", null, false);
        JdbcProgramGrants grants = new JdbcProgramGrants(db.dataSource());
        for (String prog : PROGRAMMES) {
            grants.grant(prog, new ProgramMember("pia", null, ProgramRole.PI));
        }
        return configured("archive.war", db.url(), "archive.data.dir=" + data + "\n"
                + "archive.ingest.reducer=java\narchive.demo.load=false\n"
                + "archive.auth.token-days.max=60\n"
                + "archive.notify.smtp.host=127.0.0.1\narchive.notify.smtp.port=" + mail.port() + "\n"
                + "archive.notify.from=archive@voarchive.example\narchive.notify.delay=1\n");
    }

    @AfterAll
    static void stopCatchers() throws Exception {
        webhook.close();
        mail.close();
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static final String ALICE = basic("alice", "alice-password");
    private static final String OLGA = basic("olga", "olga-password");

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(local(base).resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return send("GET", path, authorization, null);
    }

    private static void assertChallenged(HttpResponse<String> r) {
        assertEquals(401, r.statusCode(), r.body());
        List<String> challenges = r.headers().allValues("WWW-Authenticate");
        assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Basic realm=\"VO Archive\"")), challenges.toString());
        assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Bearer realm=\"VO Archive\"")), challenges.toString());
        assertNoInternals(r);
    }

    @Test
    void anonymousRequestsAreServedAsBefore() throws Exception {
        assertEquals(200, get("availability", null).statusCode());
        HttpResponse<String> tap = get("tap/sync?LANG=ADQL&QUERY=SELECT+TOP+1+obs_id+FROM+ivoa.obscore", null);
        assertEquals(200, tap.statusCode(), tap.body());
        HttpResponse<String> whoami = get("auth/whoami", null);
        assertChallenged(whoami);
        assertTrue(whoami.body().contains("needs a login"), whoami.body());
    }

    @Test
    void basicWithAPasswordNamesTheAccount() throws Exception {
        HttpResponse<String> r = get("auth/whoami", basic("alice", "alice-password"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"name\":\"alice\""), r.body());
        assertTrue(r.body().contains("\"operator\":false"), r.body());
        assertTrue(r.body().contains("\"scheme\":\"BASIC\""), r.body());
        HttpResponse<String> operator = get("auth/whoami", basic("olga", "olga-password"));
        assertTrue(operator.body().contains("\"operator\":true"), operator.body());
        assertEquals(200, get("availability", basic("alice", "alice-password")).statusCode());
    }

    @Test
    void tokensWorkAsBearerAndAsTheBasicPassword() throws Exception {
        IssuedToken token = tokens.issue("alice", "it", Duration.ofHours(1));
        HttpResponse<String> bearer = get("auth/whoami", "Bearer " + token.token());
        assertEquals(200, bearer.statusCode(), bearer.body());
        assertTrue(bearer.body().contains("\"name\":\"alice\""), bearer.body());
        assertTrue(bearer.body().contains("\"scheme\":\"TOKEN\""), bearer.body());
        HttpResponse<String> basic = get("auth/whoami", basic("alice", token.token()));
        assertEquals(200, basic.statusCode(), basic.body());
        assertChallenged(get("auth/whoami", basic("olga", token.token())));

        IssuedToken operator = tokens.issue("olga", null, Duration.ofHours(1));
        assertTrue(get("auth/whoami", "Bearer " + operator.token()).body().contains("\"operator\":true"));
    }

    @Test
    void credentialsThatDoNotHoldAreRefusedEverywhere() throws Exception {
        HttpResponse<String> wrong = get("availability", basic("alice", "not-her-password"));
        assertChallenged(wrong);
        assertTrue(wrong.body().contains("not accepted"), wrong.body());
        assertChallenged(get("auth/whoami", basic("nobody", "alice-password")));
        assertChallenged(get("auth/whoami", basic("mallory", "mallory-password")));
        assertChallenged(get("auth/whoami", "Bearer " + ApiTokens.generate()));
        assertChallenged(get("auth/whoami", "Bearer not/a token"));
        assertChallenged(get("auth/whoami", "Digest username=\"alice\""));
        assertChallenged(get("auth/whoami", "Basic !!!"));

        IssuedToken expired = tokens.issue("alice", null, Duration.ofMillis(1));
        IssuedToken revoked = tokens.issue("alice", null, Duration.ofHours(1));
        assertEquals(200, get("auth/whoami", "Bearer " + revoked.token()).statusCode());
        assertTrue(tokens.revoke("alice", revoked.info().id()));
        assertChallenged(get("auth/whoami", "Bearer " + expired.token()));
        HttpResponse<String> afterRevoke = get("auth/whoami", "Bearer " + revoked.token());
        assertChallenged(afterRevoke);
        assertTrue(afterRevoke.headers().allValues("WWW-Authenticate").stream()
                .anyMatch(c -> c.contains("error=\"invalid_token\"")));
    }

    @Test
    void dalServicesAnswerA401WithADaliError() throws Exception {
        for (String path : List.of("ssa?REQUEST=queryData&POS=10,10&SIZE=1", "sia/query?POS=CIRCLE+10+10+1",
                "tap/sync?LANG=ADQL&QUERY=SELECT+TOP+1+*+FROM+ivoa.obscore")) {
            HttpResponse<String> r = get(path, basic("alice", "wrong-password"));
            assertChallenged(r);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml"), path);
            assertTrue(r.body().contains("QUERY_STATUS\" value=\"ERROR\""), r.body());
            IvoaSchemas.validate(r.body());
        }
    }

    @Test
    void aPasswordLoginIssuesTokensThatAreListedAndRevoked() throws Exception {
        HttpResponse<String> issued = send("POST", "auth/tokens", ALICE, "{\"label\": \"laptop\", \"days\": 7}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = json(issued);
        String secret = token.getString("token");
        assertTrue(ApiTokens.looksLikeToken(secret), secret);
        assertEquals("laptop", token.getString("label"));
        Duration lifetime = Duration.between(Instant.parse(token.getString("created")), Instant.parse(token.getString("expires")));
        assertEquals(Duration.ofDays(7), lifetime);

        HttpResponse<String> listed = get("auth/tokens", "Bearer " + secret);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonArray list = json(listed).getJsonArray("tokens");
        JsonObject mine = list.stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("id").equals(token.getString("id"))).findFirst().orElseThrow();
        assertTrue(mine.getBoolean("active"));
        assertTrue(!listed.body().contains(secret) && !mine.containsKey("token"), "a listed token keeps its secret");
        assertTrue(get("auth/tokens", OLGA).body().indexOf(token.getString("id")) < 0, "each lists only their own");

        HttpResponse<String> byToken = send("POST", "auth/tokens", "Bearer " + secret, null);
        assertEquals(403, byToken.statusCode(), "a token does not issue tokens");
        assertTrue(json(byToken).getString("error").contains("password login"), byToken.body());
        HttpResponse<String> anonymous = send("POST", "auth/tokens", null, null);
        assertChallenged(anonymous);
        assertEquals(401, json(anonymous).getInt("status"));
        HttpResponse<String> defaults = send("POST", "auth/tokens", OLGA, null);
        assertEquals(201, defaults.statusCode(), defaults.body());
        assertTrue(json(defaults).isNull("label"));
        for (String bad : List.of("{\"days\": 61}", "{\"days\": 0}", "{\"days\": \"7\"}", "{\"days\": 1.5}",
                "{\"colour\": 1}", "[1]", "{not json", "{\"label\": 1}")) {
            HttpResponse<String> r = send("POST", "auth/tokens", ALICE, bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(json(r).getString("error").length() > 10, r.body());
        }

        assertEquals(404, send("DELETE", "auth/tokens/" + token.getString("id"), OLGA, null).statusCode(),
                "nobody revokes another's token");
        assertEquals(204, send("DELETE", "auth/tokens/" + token.getString("id"), "Bearer " + secret, null).statusCode());
        assertChallenged(get("auth/tokens", "Bearer " + secret));
        assertTrue(json(get("auth/tokens", ALICE)).getJsonArray("tokens").stream().map(v -> v.asJsonObject())
                .anyMatch(t -> t.getString("id").equals(token.getString("id")) && !t.getBoolean("active")
                        && !t.isNull("revoked")));
        assertEquals(404, send("DELETE", "auth/tokens/not-an-id", ALICE, null).statusCode());
    }

    @Test
    void onlyOperatorsAdministerAccountsGroupsAndProgrammes() throws Exception {
        HttpResponse<String> anonymous = get("admin/users", null);
        assertChallenged(anonymous);
        HttpResponse<String> user = get("admin/users", ALICE);
        assertEquals(403, user.statusCode(), user.body());
        assertTrue(json(user).getString("error").contains("operators"), user.body());
        assertEquals(403, send("POST", "admin/users", ALICE, "{\"name\": \"sneaky\", \"operator\": true}").statusCode());
        assertEquals(401, send("PUT", "admin/programs/X1/period", null, "{\"months\": 0}").statusCode());

        HttpResponse<String> users = get("admin/users", OLGA);
        assertEquals(200, users.statusCode(), users.body());
        assertTrue(json(users).getJsonArray("users").stream().anyMatch(u -> u.asJsonObject().getString("name")
                .equals("alice") && u.asJsonObject().getString("email").equals("alice@example.org")));
        assertTrue(!users.body().contains("argon2"), "hashes never leave the server");

        HttpResponse<String> created = send("POST", "admin/users", OLGA,
                "{\"name\": \"newbie\", \"password\": \"newbie-password\", \"email\": \"n@example.org\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(false, json(created).getBoolean("operator"));
        assertEquals(200, get("auth/whoami", basic("newbie", "newbie-password")).statusCode());
        assertEquals(400, send("POST", "admin/users", OLGA, "{\"name\": \"newbie\"}").statusCode());
        HttpResponse<String> badName = send("POST", "admin/users", OLGA, "{\"name\": \"no spaces\"}");
        assertEquals(400, badName.statusCode());
        assertTrue(json(badName).getString("error").contains("invalid account name"), badName.body());
        assertEquals(400, send("POST", "admin/users", OLGA, "{\"name\": \"x1\", \"password\": \"short\"}").statusCode());
        assertEquals(400, send("POST", "admin/users", OLGA, "{}").statusCode());

        HttpResponse<String> disabled = send("PATCH", "admin/users/newbie", OLGA, "{\"disabled\": true}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(json(disabled).getBoolean("disabled"));
        assertChallenged(get("auth/whoami", basic("newbie", "newbie-password")));
        send("PATCH", "admin/users/newbie", OLGA, "{\"disabled\": false, \"operator\": true}");
        assertTrue(get("auth/whoami", basic("newbie", "newbie-password")).body().contains("\"operator\":true"));
        assertEquals(404, send("PATCH", "admin/users/nobody", OLGA, "{\"disabled\": true}").statusCode());
        assertEquals(400, send("PATCH", "admin/users/newbie", OLGA, "{}").statusCode());

        assertEquals(201, send("POST", "admin/groups", OLGA, "{\"name\": \"team\", \"description\": \"UVES team\"}")
                .statusCode());
        HttpResponse<String> member = send("PUT", "admin/groups/team/members/newbie", OLGA, null);
        assertEquals(200, member.statusCode(), member.body());
        assertEquals("newbie", json(member).getJsonArray("members").getString(0));
        assertEquals(404, send("PUT", "admin/groups/team/members/nobody", OLGA, null).statusCode());

        HttpResponse<String> granted = send("POST", "admin/programs/099.Z-0001(A)/grants", OLGA,
                "{\"group\": \"team\", \"role\": \"delegate\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        JsonObject programme = json(granted);
        assertTrue(programme.isNull("proprietary_months"), "a programme the archive has not seen");
        assertEquals("team", programme.getJsonArray("grants").getJsonObject(0).getString("group"));
        assertTrue(json(get("admin/users/newbie", OLGA)).getJsonArray("programs").getString(0).equals("099.Z-0001(A)"));
        send("POST", "admin/programs/099.Z-0001(A)/grants", OLGA, "{\"user\": \"alice\", \"role\": \"pi\"}");
        HttpResponse<String> period = send("PUT", "admin/programs/099.Z-0001(A)/period", OLGA, "{\"months\": 6}");
        assertEquals(200, period.statusCode(), period.body());
        assertEquals(6, json(period).getInt("proprietary_months"));
        assertEquals(6, db.scalar("SELECT proprietary_months FROM archive.programs WHERE prog_id = '099.Z-0001(A)'"));
        assertEquals(400, send("POST", "admin/programs/099.Z-0001(A)/grants", OLGA,
                "{\"user\": \"alice\", \"role\": \"boss\"}").statusCode());
        assertEquals(400, send("POST", "admin/programs/099.Z-0001(A)/grants", OLGA,
                "{\"user\": \"alice\", \"group\": \"team\", \"role\": \"pi\"}").statusCode());
        assertEquals(400, send("PUT", "admin/programs/099.Z-0001(A)/period", OLGA, "{\"months\": -1}").statusCode());
        assertEquals(400, get("admin/programs/bad%20id", OLGA).statusCode());
        assertEquals(200, send("DELETE", "admin/programs/099.Z-0001(A)/grants/groups/team", OLGA, null).statusCode());
        assertEquals(404, send("DELETE", "admin/programs/099.Z-0001(A)/grants/groups/team", OLGA, null).statusCode());

        assertEquals(204, send("DELETE", "admin/users/newbie", OLGA, null).statusCode());
        assertEquals(404, get("admin/users/newbie", OLGA).statusCode());
        assertChallenged(get("auth/whoami", basic("newbie", "newbie-password")));
        assertEquals(204, send("DELETE", "admin/groups/team", OLGA, null).statusCode());
    }

    @Test
    void capabilitiesOfferAnonymousAndAuthenticatedInterfaces() throws Exception {
        for (String path : List.of("capabilities", "tap/capabilities")) {
            HttpResponse<String> r = get(path, null);
            assertEquals(200, r.statusCode());
            IvoaSchemas.validate(r.body());
            String tap = "<accessURL use=\"base\">" + publicBase().resolve("tap") + "</accessURL>";
            assertTrue(r.body().contains(tap + "</interface>"), "an anonymous TAP interface: " + r.body());
            assertTrue(r.body().contains(tap + "<securityMethod standardID=\"ivo://ivoa.net/sso#BasicAA\"/>"
                    + "</interface>"), r.body());
        }
    }

    @Test
    void subscribersAreToldWhenTheServerPublishesTheirProgrammes() throws Exception {
        String pia = basic("pia", "pia-password");
        HttpResponse<String> refused = send("POST", "auth/subscriptions", ALICE,
                "{\"prog_id\": \"" + PROGRAMMES.get(0) + "\", \"webhook_url\": \"" + webhook.url("/alice") + "\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("error").contains("holds no role"), refused.body());
        assertEquals(400, send("POST", "auth/subscriptions", pia, "{\"prog_id\": \"" + PROGRAMMES.get(0) + "\"}")
                .statusCode(), "somewhere to send notices");
        assertEquals(400, send("POST", "auth/subscriptions", pia, "{\"prog_id\": \"" + PROGRAMMES.get(0)
                + "\", \"webhook_url\": \"file:///etc/passwd\"}").statusCode());
        assertEquals(401, send("POST", "auth/subscriptions", null, "{}").statusCode());
        for (String prog : PROGRAMMES) {
            HttpResponse<String> r = send("POST", "auth/subscriptions", pia, "{\"prog_id\": \"" + prog
                    + "\", \"webhook_url\": \"" + webhook.url("/pia") + "\", \"email\": \"pia@example.org\"}");
            assertEquals(201, r.statusCode(), r.body());
        }
        assertEquals(PROGRAMMES.size(), json(get("auth/subscriptions", pia)).getJsonArray("subscriptions").size());

        Path incoming = data.resolve("incoming");
        Files.createDirectories(incoming);
        for (ManifestEntry e : night.entries()) {
            Path part = incoming.resolve(e.fileName() + ".part");
            Files.copy(stream.resolve(e.fileName()), part);
            Files.move(part, incoming.resolve(e.fileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        WebhookCatcher.Call call = webhook.next(240, TimeUnit.SECONDS);
        assertTrue(call != null, "a webhook call once products are published");
        assertEquals("/pia", call.path());
        JsonObject notice = Json.createReader(new StringReader(call.body())).readObject();
        assertEquals("published", notice.getString("event"));
        assertTrue(PROGRAMMES.contains(notice.getString("prog_id")), call.body());
        JsonObject product = notice.getJsonArray("products").getJsonObject(0);
        assertTrue(product.getString("arcfile").startsWith("ADP."), call.body());
        assertTrue(product.getString("access_url").startsWith(publicBase().toString()), call.body());
        assertEquals(1, db.scalar("SELECT count(*) FROM ivoa.obscore WHERE obs_publisher_did = '"
                + product.getString("obs_publisher_did").replace("'", "''") + "' AND proposal_id = '"
                + notice.getString("prog_id") + "'"), "the notice names a published product of the programme");

        MailCatcher.Mail m = mail.next(60, TimeUnit.SECONDS);
        assertTrue(m != null, "an e-mail too");
        assertEquals(List.of("pia@example.org"), m.to());
        assertEquals("archive@voarchive.example", m.from());
        assertTrue(m.subject().contains("of programme "), m.subject());
        assertTrue(m.text().contains("ADP."), m.text());
        assertEquals(200, get("availability", null).statusCode(), "publishing went on");
    }
}
