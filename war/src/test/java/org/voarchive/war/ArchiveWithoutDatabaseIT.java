package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.server.xml.IvoaSchemas;

/** The real WAR in Payara Micro whose database does not answer: it deploys, and says why it cannot serve. */
@ExtendWith(ArquillianExtension.class)
class ArchiveWithoutDatabaseIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive withoutDatabase() {
        return configured("archive.war", "jdbc:postgresql://127.0.0.1:1/archive");
    }

    @Test
    void availabilitySaysWhy() throws Exception {
        HttpResponse<String> r = get(base, "availability", null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("<vosi:available>false</vosi:available>"), r.body());
        assertTrue(r.body().contains("could not be prepared") && r.body().contains("Connection"), r.body());
        assertNoInternals(r);
    }

    @Test
    void healthIsDown() throws Exception {
        HttpResponse<String> health = get(base, "health", null);
        assertEquals(503, health.statusCode());
        assertTrue(health.body().contains("\"DOWN\"") && health.body().contains("could not be prepared"),
                health.body());
    }

    @Test
    void theRestStillAnswers() throws Exception {
        assertEquals(200, get(base, "capabilities", null).statusCode());
        assertEquals(200, get(base, "", "text/html").statusCode());
    }

    @Test
    void theRegistryAndCoverageSayTheyCannotReadTheHoldings() throws Exception {
        for (String path : new String[] {"oai?verb=Identify", "coverage/moc.fits", "coverage/moc.json"}) {
            HttpResponse<String> r = get(base, path, null);
            assertEquals(503, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("cannot"), r.body());
            assertNoInternals(r);
        }
    }
}
