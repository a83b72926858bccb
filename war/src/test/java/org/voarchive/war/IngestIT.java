package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.db.access.JdbcAccounts;
import org.voarchive.db.access.JdbcTokenStore;
import org.voarchive.ingest.simulate.Defect;
import org.voarchive.ingest.simulate.FrameScale;
import org.voarchive.ingest.simulate.Manifest;
import org.voarchive.ingest.simulate.ManifestEntry;
import org.voarchive.ingest.simulate.SimulationPlan;
import org.voarchive.ingest.simulate.TransferStreamSimulator;

/**
 * The back end in the real server: a simulated night arrives half by authenticated HTTP push and half
 * in the watched incoming directory, and comes out as products queryable through TAP with provenance,
 * with the operators' pages telling what was quarantined and what waits for calibrations.
 */
@ExtendWith(ArquillianExtension.class)
class IngestIT extends DeployedArchiveTestCase {

    private static final String TOKEN = "push-secret-for-tests";

    private static Path data;
    private static Path stream;
    private static Manifest manifest;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        data = temporaryDataDir();
        stream = temporaryDataDir();
        manifest = new TransferStreamSimulator(SimulationPlan.of(5, 1).withScale(FrameScale.SMALL)).write(stream);
        return withFreshDatabase("archive.data.dir=" + data + "\narchive.ingest.push-token=" + TOKEN
                + "\narchive.ingest.reducer=java\narchive.demo.load=false\n");
    }

    private HttpResponse<String> put(String name, String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(base).resolve("ingest/stream/" + name))
                .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String operatorToken;

    /**
     * A page of the operators' view, asked as an operator (created on first use: the server migrates the
     * database only when it is deployed).
     */
    private HttpResponse<String> asOperator(String path) throws Exception {
        if (operatorToken == null) {
            new JdbcAccounts(db.dataSource()).create("olga", "olga-password", null, true);
            operatorToken = new JdbcTokenStore(db.dataSource()).issue("olga", "ingest test", Duration.ofHours(1)).token();
        }
        return HTTP.send(HttpRequest.newBuilder(local(base).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + operatorToken).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long tapCount(String adql) throws Exception {
        HttpResponse<String> r = get(base, "tap/sync?LANG=ADQL&RESPONSEFORMAT=csv&QUERY="
                + URLEncoder.encode(adql, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\\R")[1].strip());
    }

    @Test
    void pushNeedsTheTokenAndAFileName() throws Exception {
        byte[] some = Files.readAllBytes(stream.resolve(manifest.entries().get(0).fileName()));
        HttpResponse<String> anonymous = put("x.fits", null, some);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, put("x.fits", "wrong", some).statusCode());
        assertEquals(400, put("not%20a%20name%3B.fits", TOKEN, some).statusCode());
        assertNoInternals(anonymous);
    }

    @Test
    void aNightPushedAndDroppedBecomesQueryableProductsWithProvenance() throws Exception {
        List<ManifestEntry> entries = manifest.entries();
        Path incoming = data.resolve("incoming");
        Files.createDirectories(incoming);
        for (int i = 0; i < entries.size(); i++) {
            ManifestEntry e = entries.get(i);
            Path file = stream.resolve(e.fileName());
            if (i % 2 == 0) {
                HttpResponse<String> r = put(e.fileName(), TOKEN, Files.readAllBytes(file));
                int expected = e.defect() == Defect.TRUNCATED ? 422 : 202;
                assertEquals(expected, r.statusCode(), e.fileName() + ": " + r.body());
            } else {
                // as a transfer would: write under a temporary name, then rename into place
                Path part = incoming.resolve(e.fileName() + ".part");
                Files.copy(file, part);
                Files.move(part, incoming.resolve(e.fileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        long science = entries.stream().filter(e -> e.expectedStatus() == Defect.ExpectedStatus.OK
                && e.dprCatg().equals("SCIENCE")).count();
        long published = 0;
        for (int i = 0; i < 120 && published < science; i++) {
            Thread.sleep(1000);
            published = tapCount("SELECT COUNT(*) FROM ivoa.obscore");
        }
        assertEquals(science, published, "every science frame with its calibrations is published; waiting: "
                + asOperator("ingest/api/waiting").body() + "; quarantined: "
                + asOperator("ingest/api/quarantine").body());

        long valid = entries.stream().filter(e -> !e.bad()).count();
        assertEquals(valid, tapCount("SELECT COUNT(*) FROM archive.raw_frames"));
        assertTrue(tapCount("SELECT COUNT(*) FROM archive.prov_used AS u JOIN archive.prov_generated AS g"
                + " ON g.activity = u.activity JOIN archive.products AS p ON p.arcfile = g.entity"
                + " WHERE u.entity = p.science_arcfile") == science, "each product used its science frame");
        assertTrue(tapCount("SELECT COUNT(*) FROM archive.qc1 WHERE instrument = 'UVES' AND score <> 'NA'") > 0);

        ManifestEntry duplicate = entries.get(0);
        assertEquals(200, put(duplicate.fileName(), TOKEN, Files.readAllBytes(stream.resolve(duplicate.fileName()))).statusCode());

        HttpResponse<String> status = asOperator("ingest/api/status");
        assertEquals(200, status.statusCode());
        long broken = entries.stream().filter(ManifestEntry::bad).count();
        assertTrue(status.body().contains("\"QUARANTINED\":" + broken), status.body());
        HttpResponse<String> page = asOperator("ingest");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("FORS3"), "the page lists the unknown instrument's frame");
        HttpResponse<String> plot = asOperator("ingest/qc/plot.svg?instrument=UVES&parameter=QC.RON&setup="
                + URLEncoder.encode("BLUE 1x1", StandardCharsets.UTF_8));
        assertEquals(200, plot.statusCode());
        assertTrue(plot.body().contains("<circle"), "the bias read-noise trend has points");
        assertNoInternals(page);
        assertEquals(401, get(base, "ingest/api/status", null).statusCode(), "the operators' view needs a login");
    }
}
