package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.server.xml.IvoaSchemas;

/**
 * The real WAR in Payara Micro: once against a fresh database (migrated and loaded by the application
 * itself), once against a database that does not answer.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveIT {

    @ArquillianResource
    @OperateOnDeployment("archive")
    URL archive;

    @ArquillianResource
    @OperateOnDeployment("no-database")
    URL noDatabase;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static TestDatabase db;

    @Deployment(name = "archive", testable = false, order = 1)
    static WebArchive archive() throws SQLException {
        db = TestDatabase.create();
        return configured("archive.war", db.url());
    }

    @Deployment(name = "no-database", testable = false, order = 2)
    static WebArchive withoutDatabase() {
        return configured("no-database.war", "jdbc:postgresql://127.0.0.1:1/archive");
    }

    /** The built WAR, with configuration that outranks the environment (ordinal 500 > 300). */
    private static WebArchive configured(String name, String databaseUrl) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("archive.war"))));
        String config = "config_ordinal=500\n"
                + "archive.db.url=" + databaseUrl + "\n"
                + "archive.db.user=" + TestDatabase.user() + "\n"
                + "archive.db.password=" + TestDatabase.password() + "\n"
                + "archive.db.reader-role=" + TestDatabase.READER_ROLE + "\n";
        return war.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    /**
     * The deployment's URL on the loopback interface: Payara Micro reports the host's own address, and
     * tests talk only to loopback.
     */
    private static URI local(URL base) throws Exception {
        return new URI("http", null, "127.0.0.1", base.getPort(), base.getPath(), null, null);
    }

    private static HttpResponse<String> get(URL base, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(base).resolve(path))
                .timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void availableAndValid() throws Exception {
        URL base = archive;
        HttpResponse<String> r = get(base, "availability", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("<vosi:available>true</vosi:available>"), r.body());
        assertTrue(r.body().contains("pgSphere"), r.body());
    }

    @Test
    void capabilitiesAreValidAndPointBackAtThisServer() throws Exception {
        URL base = archive;
        HttpResponse<String> r = get(base, "capabilities", null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("standardID=\"ivo://ivoa.net/std/VOSI#capabilities\""), r.body());
        assertTrue(r.body().contains(">" + local(base).resolve("availability") + "<"), r.body());
    }

    @Test
    void theApplicationMigratedAndLoadedTheDemoHoldings() throws Exception {
        URL base = archive;
        assertEquals(200, get(base, "availability", null).statusCode());
        assertEquals(DemoHoldings.SIZE, count("SELECT count(*) FROM ivoa.obscore"));
        assertTrue(count("SELECT count(DISTINCT instrument_name) FROM ivoa.obscore") >= 5);
        // TAP_SCHEMA describes ivoa.obscore column for column
        assertEquals(0, count("""
                SELECT count(*) FROM
                  (SELECT column_name FROM information_schema.columns
                    WHERE table_schema = 'ivoa' AND table_name = 'obscore') c
                  FULL JOIN (SELECT column_name FROM tap_schema.columns WHERE table_name = 'ivoa.obscore') t
                  USING (column_name)
                WHERE c IS NULL OR t IS NULL
                """));
        assertEquals(52, count("SELECT count(*) FROM tap_schema.columns WHERE table_name = 'ivoa.obscore'"));
    }

    @Test
    void landingPageListsEveryService() throws Exception {
        URL base = archive;
        HttpResponse<String> r = get(base, "", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        URI root = local(base);
        assertTrue(r.body().contains("href=\"" + root.resolve("capabilities") + "\""), r.body());
        assertTrue(r.body().contains("href=\"" + root.resolve("availability") + "\""), r.body());
        assertTrue(r.body().contains("href=\"" + root.resolve("health") + "\""), r.body());
    }

    @Test
    void healthIsJson() throws Exception {
        URL base = archive;
        HttpResponse<String> r = get(base, "health", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().startsWith("{\"status\":\"UP\""), r.body());
        assertTrue(r.body().contains("\"name\":\"archive\"") && r.body().contains("database answers"), r.body());
    }

    @Test
    void errorsSayWhatWentWrongAndNothingMore() throws Exception {
        URL base = archive;
        HttpResponse<String> missing = get(base, "no/such/service", null);
        assertEquals(404, missing.statusCode());
        assertNoInternals(missing);
        HttpResponse<String> wrongType = get(base, "capabilities", "image/png");
        assertEquals(406, wrongType.statusCode());
        assertNoInternals(wrongType);
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(local(base).resolve("availability"))
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertNoInternals(post);
    }

    private static void assertNoInternals(HttpResponse<String> r) {
        String body = r.body();
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat "), body);
        assertFalse(body.contains("org.voarchive"), body);
        assertFalse(body.isBlank(), "an error answer says what went wrong");
    }

    @Test
    void withoutItsDatabaseTheArchiveSaysWhy() throws Exception {
        URL base = noDatabase;
        HttpResponse<String> r = get(base, "availability", null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("<vosi:available>false</vosi:available>"), r.body());
        assertTrue(r.body().contains("could not be prepared") && r.body().contains("Connection"), r.body());
        HttpResponse<String> health = get(base, "health", null);
        assertEquals(503, health.statusCode());
        assertTrue(health.body().contains("\"DOWN\"") && health.body().contains("could not be prepared"), health.body());
        // the rest of the archive still answers
        assertEquals(200, get(base, "capabilities", null).statusCode());
    }
}
