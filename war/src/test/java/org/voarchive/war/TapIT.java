package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.server.xml.IvoaSchemas;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** TAP in the real server: sync, async, VOSI, examples, and the IVOA validators taplint and votlint. */
@ExtendWith(ArquillianExtension.class)
class TapIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws SQLException {
        return withFreshDatabase();
    }

    private HttpResponse<String> sync(String adql, String... more) throws Exception {
        StringBuilder q = new StringBuilder("tap/sync?LANG=ADQL&QUERY=").append(encode(adql));
        for (int i = 0; i < more.length; i += 2) {
            q.append('&').append(more[i]).append('=').append(encode(more[i + 1]));
        }
        return get(base, q.toString(), null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, String... form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(encode(form[i])).append('=').append(encode(form[i + 1]));
        }
        return HTTP.send(HttpRequest.newBuilder(local(base).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The job document once the job is in the phase, waiting with UWS blocking for up to three minutes. */
    private HttpResponse<String> awaitPhase(String jobPath, String phase) throws Exception {
        HttpResponse<String> job = get(base, jobPath + "?WAIT=30", null);
        for (int i = 0; i < 30 && !job.body().contains("<uws:phase>" + phase + "</uws:phase>"); i++) {
            job = get(base, jobPath + "?WAIT=5", null);
        }
        return job;
    }

    @Test
    void syncVoTableIsValidAndCarriesTheMetadata() throws Exception {
        HttpResponse<String> r = sync("SELECT TOP 5 obs_publisher_did, s_ra, s_dec, t_min, obs_release_date, s_region "
                + "FROM ivoa.obscore ORDER BY obs_publisher_did");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml"));
        IvoaSchemas.validate(r.body());
        assertEquals(5, DalResponses.occurrences(r.body(), "<TR>"), r.body());
        assertTrue(r.body().matches("(?s).*<FIELD[^>]*name=\"s_ra\"[^>]*unit=\"deg\".*|.*<FIELD[^>]*unit=\"deg\"[^>]*name=\"s_ra\".*"), r.body());
        assertTrue(r.body().contains("xtype=\"adql:REGION\""), r.body());
        assertTrue(r.body().contains("<TD>POLYGON ICRS "), "s_region is written as STC-S: " + r.body());
        assertTrue(r.body().contains("xtype=\"timestamp\""), r.body());
        assertTrue(r.body().contains("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>"), r.body());
    }

    @Test
    void countsAgreeWithTheDatabase() throws Exception {
        HttpResponse<String> r = sync("SELECT COUNT(*) AS n FROM ivoa.obscore WHERE instrument_name = 'UVES'",
                "RESPONSEFORMAT", "csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n", r.body().lines().findFirst().orElseThrow());
        assertEquals(db.scalar("SELECT count(*) FROM ivoa.obscore WHERE instrument_name = 'UVES' AND obs_release_date <= now() AT TIME ZONE 'UTC'"),
                Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim()));
    }

    @Test
    void maxrecCutsTheResultAndSaysSo() throws Exception {
        HttpResponse<String> r = sync("SELECT obs_id FROM ivoa.obscore", "MAXREC", "3");
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertEquals(3, DalResponses.occurrences(r.body(), "<TR>"));
        assertTrue(r.body().contains("value=\"OVERFLOW\""), r.body());
    }

    @Test
    void mistakesAreDaliErrorsThatSayWhere() throws Exception {
        HttpResponse<String> syntax = sync("SELECT obs_id FORM ivoa.obscore");
        assertEquals(400, syntax.statusCode());
        IvoaSchemas.validate(syntax.body());
        assertTrue(syntax.body().contains("value=\"ERROR\""), syntax.body());
        assertTrue(syntax.body().contains("line 1") && syntax.body().contains("column"), syntax.body());
        HttpResponse<String> unknown = sync("SELECT nosuch FROM ivoa.obscore");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("nosuch") && unknown.body().contains("line 1"), unknown.body());
        HttpResponse<String> noLang = get(base, "tap/sync?QUERY=" + encode("SELECT 1 FROM ivoa.obscore"), null);
        assertEquals(400, noLang.statusCode());
        assertTrue(noLang.body().contains("LANG"), noLang.body());
        assertNoInternals(noLang);
    }

    @Test
    void anAsyncJobRunsToItsResult() throws Exception {
        HttpResponse<String> created = post("tap/async", "LANG", "ADQL", "RESPONSEFORMAT", "csv",
                "QUERY", "SELECT TOP 7 obs_id FROM ivoa.obscore ORDER BY obs_id");
        assertEquals(303, created.statusCode());
        String job = created.headers().firstValue("Location").orElseThrow();
        String path = URI.create(job).getPath().substring(1);
        assertEquals("PENDING", get(base, path + "/phase", null).body());
        assertEquals(303, post(path + "/phase", "PHASE", "RUN").statusCode());
        HttpResponse<String> done = awaitPhase(path, "COMPLETED");
        IvoaSchemas.validate(done.body());
        assertTrue(done.body().contains("<uws:phase>COMPLETED</uws:phase>"), done.body());
        HttpResponse<String> result = get(base, path + "/results/result", null);
        assertEquals(200, result.statusCode());
        assertEquals(8, result.body().lines().count(), result.body());
        IvoaSchemas.validate(get(base, "tap/async", null).body());
        assertEquals(303, HTTP.send(HttpRequest.newBuilder(local(base).resolve(path)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, get(base, path, null).statusCode());
    }

    @Test
    void aFailedJobHasADaliErrorDocument() throws Exception {
        HttpResponse<String> created = post("tap/async", "LANG", "ADQL", "PHASE", "RUN",
                "QUERY", "SELECT nosuch FROM ivoa.obscore");
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().substring(1);
        HttpResponse<String> job = awaitPhase(path, "ERROR");
        assertTrue(job.body().contains("<uws:phase>ERROR</uws:phase>"), job.body());
        HttpResponse<String> error = get(base, path + "/error", null);
        assertEquals(200, error.statusCode());
        IvoaSchemas.validate(error.body());
        assertTrue(error.body().contains("value=\"ERROR\"") && error.body().contains("nosuch"), error.body());
    }

    @Test
    void vosiDocumentsAreValid() throws Exception {
        for (String path : List.of("tap/tables", "tap/tables?detail=min", "tap/tables/ivoa.obscore",
                "tap/capabilities", "tap/availability", "capabilities")) {
            HttpResponse<String> r = get(base, path, null);
            assertEquals(200, r.statusCode(), path);
            IvoaSchemas.validate(r.body());
        }
        String caps = get(base, "tap/capabilities", null).body();
        assertTrue(caps.contains("standardID=\"ivo://ivoa.net/std/TAP\""), caps);
        assertTrue(caps.contains("xsi:type=\"tr:TableAccess\""), caps);
        assertTrue(caps.contains("ivo://ivoa.net/std/ObsCore#core-1.1"), caps);
        assertTrue(get(base, "capabilities", null).body().contains("ivo://ivoa.net/std/TAP"));
        assertEquals(404, get(base, "tap/tables/no.such", null).statusCode());
    }

    @Test
    void everyExampleRuns() throws Exception {
        HttpResponse<String> page = get(base, "tap/examples", null);
        assertEquals(200, page.statusCode());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
        NodeList pres = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "pre");
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < pres.getLength(); i++) {
            Element pre = (Element) pres.item(i);
            if ("query".equals(pre.getAttribute("property"))) {
                queries.add(pre.getTextContent());
            }
        }
        assertTrue(queries.size() >= 5, "examples: " + queries.size());
        for (String query : queries) {
            HttpResponse<String> r = sync(query);
            assertEquals(200, r.statusCode(), query + "\n" + r.body());
            assertTrue(r.body().contains("<TR>"), "the example finds something: " + query);
        }
    }

    static final String TARGETS = """
            <?xml version="1.0"?>
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
            <FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="ra" datatype="double" unit="deg"/><FIELD name="dec" datatype="double" unit="deg"/>
            <DATA><TABLEDATA>
            <TR><TD>NGC 253</TD><TD>11.888</TD><TD>-25.2882</TD></TR>
            <TR><TD>M 83</TD><TD>204.2538</TD><TD>-29.8658</TD></TR>
            </TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
            """;

    static final String JOIN = "SELECT u.name, o.obs_publisher_did FROM TAP_UPLOAD.targets AS u JOIN ivoa.obscore AS o "
            + "ON CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(u.ra, u.dec, 0.05)) = 1";

    /** A multipart/form-data body: text fields, then the VOTable as a file part named "t1". */
    private HttpResponse<String> multipart(String path, String... fields) throws Exception {
        String boundary = "voarchive-test-boundary";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            // parameters as STILTS sends them: text/plain with a charset
            body.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8")
                    .append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"t1\"; filename=\"t.xml\"")
                .append("\r\nContent-Type: application/x-votable+xml\r\n\r\n").append(TARGETS).append("\r\n--")
                .append(boundary).append("--\r\n");
        return HTTP.send(HttpRequest.newBuilder(local(base).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadedTableJoinsTheHoldingsSyncAndAsync() throws Exception {
        long expected = db.scalar("SELECT count(*) FROM ivoa.obscore WHERE target_name IN ('NGC 253', 'M 83') AND obs_release_date <= now() AT TIME ZONE 'UTC'");
        HttpResponse<String> sync = multipart("tap/sync", "LANG", "ADQL", "RESPONSEFORMAT", "csv",
                "UPLOAD", "targets,param:t1", "QUERY", JOIN);
        assertEquals(200, sync.statusCode(), sync.body());
        assertEquals(expected + 1, sync.body().lines().count(), sync.body());
        HttpResponse<String> created = multipart("tap/async", "LANG", "ADQL", "RESPONSEFORMAT", "csv",
                "UPLOAD", "targets,param:t1", "QUERY", JOIN, "PHASE", "RUN");
        assertEquals(303, created.statusCode(), created.body());
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().substring(1);
        HttpResponse<String> job = awaitPhase(path, "COMPLETED");
        assertTrue(job.body().contains("<uws:phase>COMPLETED</uws:phase>"), job.body());
        assertEquals(expected + 1, get(base, path + "/results/result", null).body().lines().count());
        HttpResponse<String> missing = multipart("tap/sync", "LANG", "ADQL", "UPLOAD", "targets,param:nosuch",
                "QUERY", JOIN);
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("nosuch"), missing.body());
    }

    @Test
    void pyvoSearchesSubmitsUploadsAndSeesOverflow() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import pyvo").start();
        assumeTrue(check.waitFor() == 0, "skipped: Debian's python3-pyvo is not installed (apt-get install python3-pyvo)");
        Process p = new ProcessBuilder(python.toString(), Path.of("src/test/python/tap_client.py").toString(),
                local(base).resolve("tap").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), output);
        long spectra = db.scalar("SELECT count(*) FROM ivoa.obscore WHERE dataproduct_type = 'spectrum' AND obs_release_date <= now() AT TIME ZONE 'UTC'");
        long joined = db.scalar("SELECT count(*) FROM ivoa.obscore WHERE target_name IN ('NGC 253', 'M 83') AND obs_release_date <= now() AT TIME ZONE 'UTC'");
        assertTrue(output.contains("OK sync=10 overflow=5 async=" + spectra + " upload=" + joined), output);
    }

    /** Runs a STILTS command; skips the test where STILTS is not installed. */
    private static String stilts(String... args) throws Exception {
        Path stilts = Path.of("/usr/bin/stilts");
        assumeTrue(Files.isExecutable(stilts), "skipped: STILTS is not installed (apt-get install stilts)");
        List<String> command = new ArrayList<>(List.of(stilts.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "stilts finished");
        return output;
    }

    @Test
    void taplintFindsNoErrorsAndNoWarnings() throws Exception {
        String report = stilts("taplint", "tapurl=" + local(base).resolve("tap"), "report=EWF", "maxrepeat=3");
        System.out.println(report);
        Matcher totals = Pattern.compile("Totals: Errors: (\\d+); Warnings: (\\d+)").matcher(report);
        assertTrue(totals.find(), report);
        assertEquals(0, Integer.parseInt(totals.group(1)), "taplint errors:\n" + report);
        assertEquals(0, Integer.parseInt(totals.group(2)), "taplint warnings:\n" + report);
    }

    @Test
    void votlintPassesEveryVoTableSerialization() throws Exception {
        for (String format : List.of("votable", "votable/b", "votable/b2")) {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(local(base).resolve("tap/sync?LANG=ADQL&RESPONSEFORMAT="
                    + encode(format) + "&QUERY=" + encode("SELECT TOP 50 * FROM ivoa.obscore"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            Path file = Files.createTempFile("result", ".vot");
            try {
                Files.write(file, r.body());
                String report = stilts("votlint", "votable=" + file, "version=1.4");
                assertFalse(report.contains("ERROR") || report.contains("WARNING"), format + ":\n" + report);
            } finally {
                Files.delete(file);
            }
        }
    }
}
