package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.server.xml.IvoaSchemas;

/**
 * The real WAR in Payara Micro against a fresh database, which the application migrates and loads
 * itself.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws SQLException {
        return withFreshDatabase();
    }


    @Test
    void availableAndValid() throws Exception {
        HttpResponse<String> r = get(base, "availability", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("<vosi:available>true</vosi:available>"), r.body());
        assertTrue(r.body().contains("pgSphere"), r.body());
    }

    @Test
    void capabilitiesAreValidAndPointBackAtThisServer() throws Exception {
        HttpResponse<String> r = get(base, "capabilities", null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("standardID=\"ivo://ivoa.net/std/VOSI#capabilities\""), r.body());
        assertTrue(r.body().contains(">" + publicBase().resolve("availability") + "<"), r.body());
    }

    @Test
    void theApplicationMigratedAndLoadedTheDemoHoldings() throws Exception {
        assertEquals(200, get(base, "availability", null).statusCode());
        assertEquals(DemoHoldings.SIZE, db.scalar("SELECT count(*) FROM ivoa.obscore"));
        assertTrue(db.scalar("SELECT count(DISTINCT instrument_name) FROM ivoa.obscore") >= 5);
        // TAP_SCHEMA describes ivoa.obscore column for column
        assertEquals(0, db.scalar("""
                SELECT count(*) FROM
                  (SELECT column_name FROM information_schema.columns
                    WHERE table_schema = 'ivoa' AND table_name = 'obscore') c
                  FULL JOIN (SELECT column_name FROM tap_schema.columns WHERE table_name = 'ivoa.obscore') t
                  USING (column_name)
                WHERE c IS NULL OR t IS NULL
                """));
        assertEquals(52, db.scalar("SELECT count(*) FROM tap_schema.columns WHERE table_name = 'ivoa.obscore'"));
    }

    @Test
    void landingPageListsEveryService() throws Exception {
        HttpResponse<String> r = get(base, "", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        URI root = publicBase();
        assertTrue(r.body().contains("href=\"" + root.resolve("capabilities") + "\""), r.body());
        assertTrue(r.body().contains("href=\"" + root.resolve("availability") + "\""), r.body());
        assertTrue(r.body().contains("href=\"" + root.resolve("health") + "\""), r.body());
    }

    @Test
    void healthIsJson() throws Exception {
        HttpResponse<String> r = get(base, "health", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().startsWith("{\"status\":\"UP\""), r.body());
        assertTrue(r.body().contains("\"name\":\"archive\"") && r.body().contains("database answers"), r.body());
    }

    @Test
    void errorsSayWhatWentWrongAndNothingMore() throws Exception {
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
}
