package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.db.access.JdbcAccounts;
import org.voarchive.db.access.JdbcTokenStore;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.auth.ApiTokens;
import org.voarchive.server.auth.IssuedToken;
import org.voarchive.server.xml.IvoaSchemas;

/**
 * Authentication in the real server: anonymous requests, HTTP Basic with a password or an API token,
 * Bearer tokens, and the 401 answers with their challenges for credentials that do not hold.
 */
@ExtendWith(ArquillianExtension.class)
class AuthIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    private static JdbcTokenStore tokens;
    private static JdbcAccounts accounts;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        db = TestDatabase.migrated();
        accounts = new JdbcAccounts(db.dataSource());
        tokens = new JdbcTokenStore(db.dataSource());
        accounts.create("alice", "alice-password", "alice@example.org", false);
        accounts.create("olga", "olga-password", null, true);
        accounts.create("mallory", "mallory-password", null, false);
        accounts.setDisabled("mallory", true);
        return configured("archive.war", db.url(), "");
    }

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
        assertTrue(bearer.body().contains("\"scheme\":\"Bearer\""), bearer.body());
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
}
