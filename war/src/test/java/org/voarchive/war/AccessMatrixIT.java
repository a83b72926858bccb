package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees what, on every path: an ingested night whose science is proprietary for 50 years (one of its
 * products released early), seen by five callers: anonymous, the PI of the night's first programme, a
 * delegate of it through a group, another user (PI of an unrelated programme) and an operator. What each
 * should see is computed from the database as its owner, who sees every row; each answer is compared
 * with it: TAP in every format, sync and async (jobs belong to their creator), adversarial ADQL (joins,
 * subqueries, set operations, aggregates, uploads, error side channels, system catalogues, settings),
 * SSA, SIA, DataLink, previews, spectra, SODA, file delivery, and the operators' ingest pages.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT extends DeployedArchiveTestCase {

    /** One caller: an account with an API token, or anonymous (no name). */
    record Account(String name, Set<String> programmes, boolean operator) {

        boolean anonymous() {
            return name == null;
        }

        /** A token of the shape the archive issues, made up for this test and stored as its digest. */
        String token() {
            String body = (name + "-token-" + "x".repeat(43)).substring(0, 43);
            return "voa_" + body;
        }

        boolean entitled(String programme, boolean released) {
            return released || operator || programme != null && programmes.contains(programme);
        }

        @Override
        public String toString() {
            return anonymous() ? "anonymous" : name;
        }
    }

    /** A row that carries a programme and a release: an ObsCore data set or a stored file. */
    record Owned(String key, String programme, boolean released) {
    }

    @ArquillianResource
    URL base;

    private static String secret;
    private static Account anonymous;
    private static Account pi;
    private static Account delegate;
    private static Account other;
    private static Account operator;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        WebArchive war = withIngestedNight(11, 12 * 50, "archive.search.split-from=0\n");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT proposal_id FROM ivoa.obscore ORDER BY obs_publisher_did LIMIT 1")) {
                rs.next();
                secret = rs.getString(1);
            }
            // one product released early, so the public view is not empty
            s.execute("UPDATE ivoa.obscore SET obs_release_date = '2020-01-01' WHERE obs_publisher_did ="
                    + " (SELECT max(obs_publisher_did) FROM ivoa.obscore)");
            s.execute("UPDATE archive.files SET release_date = '2020-01-01' WHERE arcfile ="
                    + " (SELECT p.arcfile FROM archive.products p WHERE p.obs_publisher_did ="
                    + " (SELECT max(obs_publisher_did) FROM ivoa.obscore))");
        }
        anonymous = new Account(null, Set.of(), false);
        pi = new Account("pia", Set.of(secret), false);
        delegate = new Account("dele", Set.of(secret), false);
        other = new Account("otto", Set.of("0000.X-0000"), false);
        operator = new Account("opal", Set.of(), true);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (Account a : List.of(pi, delegate, other, operator)) {
                s.execute("INSERT INTO access.users (name, operator) VALUES ('" + a.name() + "', " + a.operator() + ")");
                s.execute("INSERT INTO access.tokens (id, user_name, token_sha256, label, expires) VALUES"
                        + " (gen_random_uuid(), '" + a.name() + "', encode(sha256(convert_to('" + a.token()
                        + "', 'UTF8')), 'hex'), 'matrix', now() + interval '1 day')");
            }
            s.execute("INSERT INTO access.groups (name) VALUES ('team')");
            s.execute("INSERT INTO access.group_members (group_name, user_name) VALUES ('team', 'dele')");
            s.execute("INSERT INTO access.program_members (prog_id, user_name, group_name, role) VALUES"
                    + " ('" + secret + "', 'pia', NULL, 'pi'), ('" + secret + "', NULL, 'team', 'delegate'),"
                    + " ('0000.X-0000', 'otto', NULL, 'pi')");
        }
        return war;
    }

    private static List<Account> everyone() {
        return List.of(anonymous, pi, delegate, other, operator);
    }

    // --- what the owner sees -------------------------------------------------------------------------

    private static List<Owned> owned(String sql) throws Exception {
        List<Owned> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new Owned(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        }
        return rows;
    }

    /** Every ObsCore data set: its DID's dp_id part (as every format writes it), programme, release. */
    private static List<Owned> datasets() throws Exception {
        return owned("SELECT substring(obs_publisher_did from '\\?(.*)$'), proposal_id,"
                + " obs_release_date <= now() AT TIME ZONE 'UTC' FROM ivoa.obscore ORDER BY 1");
    }

    private static List<Owned> files() throws Exception {
        return owned("SELECT arcfile, prog_id, release_date <= now() AT TIME ZONE 'UTC' FROM archive.files ORDER BY 1");
    }

    private static List<Owned> products(String condition) throws Exception {
        return owned("SELECT p.arcfile, f.prog_id, f.release_date <= now() AT TIME ZONE 'UTC' FROM archive.products p"
                + " JOIN archive.files f ON f.arcfile = p.arcfile WHERE " + condition + " ORDER BY 1");
    }

    private static Set<String> visible(List<Owned> rows, Account a) {
        return rows.stream().filter(r -> a.entitled(r.programme(), r.released())).map(Owned::key)
                .collect(Collectors.toSet());
    }

    // --- HTTP as one account -------------------------------------------------------------------------

    /** A request as one account; bodies are read as ISO-8859-1, which keeps binary formats byte for byte. */
    private HttpResponse<String> send(Account a, String method, String path, String contentType, byte[] body,
            String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(local(base).resolve(path)).timeout(Duration.ofSeconds(120));
        if (!a.anonymous()) {
            r.header("Authorization", "Bearer " + a.token());
        }
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private HttpResponse<String> get(Account a, String path, String... headers) throws Exception {
        return send(a, "GET", path, null, null, headers);
    }

    private HttpResponse<String> post(Account a, String path, String... form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(form[i]).append('=').append(enc(form[i + 1]));
        }
        return send(a, "POST", path, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> sync(Account a, String format, String adql) throws Exception {
        return get(a, "tap/sync?LANG=ADQL&MAXREC=100000&RESPONSEFORMAT=" + enc(format) + "&QUERY=" + enc(adql));
    }

    /** The single number a CSV answer of one row and one column holds. */
    private long number(Account a, String adql) throws Exception {
        HttpResponse<String> r = sync(a, "csv", adql);
        assertEquals(200, r.statusCode(), a + ": " + adql + "\n" + r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    /** The rows of a CSV answer, header left out. */
    private List<String> lines(Account a, String adql) throws Exception {
        HttpResponse<String> r = sync(a, "csv", adql);
        assertEquals(200, r.statusCode(), a + ": " + adql + "\n" + r.body());
        return r.body().lines().skip(1).map(String::trim).toList();
    }

    private static void assertShowsExactly(Set<String> entitled, List<String> all, String answer, String what) {
        for (String key : all) {
            assertEquals(entitled.contains(key), answer.contains(key), what + ": " + key);
        }
    }

    /** The text a response carries, with a binary VOTable's base64 stream decoded. */
    private static String readable(HttpResponse<String> r) {
        Matcher stream = Pattern.compile("(?s)<STREAM[^>]*>(.*?)</STREAM>").matcher(r.body());
        return stream.find() ? new String(Base64.getMimeDecoder().decode(stream.group(1).trim()), StandardCharsets.ISO_8859_1)
                : r.body();
    }

    // --- the matrix ----------------------------------------------------------------------------------

    @Test
    void theNightHasSomethingToHide() throws Exception {
        List<Owned> sets = datasets();
        assertTrue(sets.stream().anyMatch(Owned::released), "one data set is public");
        assertTrue(sets.stream().anyMatch(d -> !d.released() && secret.equals(d.programme())),
                "the PI's programme has proprietary data sets");
        assertTrue(visible(sets, anonymous).size() < visible(sets, pi).size());
        assertTrue(visible(sets, pi).size() <= visible(sets, operator).size());
    }

    @Test
    void tapShowsEachCallerItsOwnInEveryFormat() throws Exception {
        List<Owned> sets = datasets();
        List<String> keys = sets.stream().map(Owned::key).toList();
        for (Account a : everyone()) {
            Set<String> entitled = visible(sets, a);
            for (String format : List.of("votable", "votable/b2", "fits", "csv", "tsv", "json")) {
                HttpResponse<String> r = sync(a, format, "SELECT obs_publisher_did FROM ivoa.obscore");
                assertEquals(200, r.statusCode(), a + " " + format + ": " + r.body());
                assertShowsExactly(entitled, keys, readable(r), a + " " + format);
            }
        }
    }

    @Test
    void adversarialAdqlSeesAndCountsOnlyWhatTheCallerMay() throws Exception {
        List<Owned> sets = datasets();
        List<Owned> stored = files();
        List<Owned> made = products("true");
        Map<String, String> didOfProduct = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT arcfile, substring(obs_publisher_did from '\\?(.*)$') FROM archive.products")) {
            while (rs.next()) {
                didOfProduct.put(rs.getString(1), rs.getString(2));
            }
        }
        String hiddenDid = position("o.obs_release_date > '2030-01-01' AND o.proposal_id = '" + secret + "'")[3];
        for (Account a : everyone()) {
            Set<String> seenSets = visible(sets, a);
            Set<String> seenFiles = visible(stored, a);
            Set<String> seenProducts = visible(made, a);
            long hiddenByDate = sets.stream().filter(d -> !d.released() && a.entitled(d.programme(), false)).count();
            String who = a.toString();

            assertEquals(seenSets.size(), number(a, "SELECT COUNT(*) AS n FROM ivoa.obscore"), who);
            assertEquals(seenFiles.size(), number(a, "SELECT COUNT(*) AS n FROM archive.files"), who);
            assertEquals(seenProducts.stream().filter(p -> seenSets.contains(didOfProduct.get(p))).count(),
                    number(a, "SELECT COUNT(*) AS n FROM ivoa.obscore AS o JOIN archive.products AS p"
                            + " ON p.obs_publisher_did = o.obs_publisher_did"), who + " join");
            assertEquals(seenProducts.size(), number(a, "SELECT COUNT(*) AS n FROM archive.files"
                    + " WHERE arcfile IN (SELECT arcfile FROM archive.products)"), who + " subquery");
            assertEquals(seenSets.stream().filter(d -> seenProducts.stream().anyMatch(p -> d.equals(didOfProduct.get(p))))
                    .count(), number(a, "SELECT COUNT(*) AS n FROM ivoa.obscore AS o WHERE EXISTS"
                    + " (SELECT 1 FROM archive.products AS p WHERE p.obs_publisher_did = o.obs_publisher_did)"), who + " exists");
            assertEquals(hiddenByDate, number(a, "SELECT COUNT(*) AS n FROM ivoa.obscore"
                    + " WHERE obs_release_date > '2030-01-01'"), who + " aggregate over release dates");
            assertEquals(hiddenByDate, number(a, "SELECT COUNT(*) AS n FROM archive.products AS p"
                    + " JOIN archive.files AS f ON f.arcfile = p.arcfile WHERE f.release_date > '2030-01-01'"),
                    who + " products by release date");
            assertEquals(seenSets.size(), number(a, "WITH v AS (SELECT obs_publisher_did FROM ivoa.obscore)"
                    + " SELECT COUNT(*) AS n FROM v"), who + " common table");
            assertEquals(seenSets.size() + seenFiles.size(), lines(a, "SELECT obs_publisher_did FROM ivoa.obscore"
                    + " UNION SELECT arcfile FROM archive.files").size(), who + " union");
            assertEquals(seenSets.size() - seenProducts.stream().map(didOfProduct::get).filter(seenSets::contains).count(),
                    lines(a, "SELECT obs_publisher_did FROM ivoa.obscore EXCEPT"
                            + " SELECT obs_publisher_did FROM archive.products").size(),
                    who + " except");
            assertEquals(seenProducts.stream().map(didOfProduct::get).filter(seenSets::contains).count(),
                    lines(a, "SELECT obs_publisher_did FROM ivoa.obscore INTERSECT"
                            + " SELECT obs_publisher_did FROM archive.products").size(), who + " intersect");

            Map<String, Long> byProgramme = sets.stream().filter(d -> a.entitled(d.programme(), d.released()))
                    .collect(Collectors.groupingBy(Owned::programme, TreeMap::new, Collectors.counting()));
            Map<String, Long> grouped = new TreeMap<>();
            for (String line : lines(a, "SELECT proposal_id, COUNT(*) AS n FROM ivoa.obscore GROUP BY proposal_id")) {
                grouped.put(line.substring(0, line.lastIndexOf(',')), Long.parseLong(line.substring(line.lastIndexOf(',') + 1)));
            }
            assertEquals(byProgramme, grouped, who + " group by");

            HttpResponse<String> upload = uploadJoin(a);
            assertEquals(200, upload.statusCode(), upload.body());
            assertEquals(sets.stream().filter(d -> secret.equals(d.programme()) && a.entitled(d.programme(), d.released()))
                    .count(), Long.parseLong(upload.body().lines().skip(1).findFirst().orElseThrow().trim()), who + " upload");

            // an error raised only on a hidden row would tell that it exists: the policy filters first
            HttpResponse<String> probe = sync(a, "csv", "SELECT COUNT(*) AS n FROM ivoa.obscore WHERE"
                    + " 1 / (CASE WHEN obs_publisher_did = '" + hiddenDid + "' THEN 0 ELSE 1 END) = 1");
            if (a.entitled(secret, false)) {
                assertEquals(400, probe.statusCode(), who + ": the entitled caller's query meets the row");
            } else {
                assertEquals(200, probe.statusCode(), who + " " + probe.body());
                assertEquals(seenSets.size(), Long.parseLong(probe.body().lines().skip(1).findFirst().orElseThrow().trim()));
            }
        }
    }

    private HttpResponse<String> uploadJoin(Account a) throws Exception {
        String votable = "<?xml version=\"1.0\"?><VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">"
                + "<RESOURCE><TABLE><FIELD name=\"prog\" datatype=\"char\" arraysize=\"*\"/><DATA><TABLEDATA>"
                + "<TR><TD>" + secret + "</TD></TR></TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>";
        String boundary = "matrix-boundary";
        StringBuilder body = new StringBuilder();
        String[] fields = {"LANG", "ADQL", "RESPONSEFORMAT", "csv", "UPLOAD", "progs,param:t1", "QUERY",
            "SELECT COUNT(*) AS n FROM TAP_UPLOAD.progs AS t JOIN ivoa.obscore AS o ON o.proposal_id = t.prog"};
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"t1\"; filename=\"t.xml\"")
                .append("\r\nContent-Type: application/x-votable+xml\r\n\r\n").append(votable).append("\r\n--")
                .append(boundary).append("--\r\n");
        return send(a, "POST", "tap/sync", "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void systemCataloguesSettingsAndAccessTablesAreOutOfReach() throws Exception {
        for (String adql : List.of("SELECT * FROM pg_catalog.pg_stats", "SELECT COUNT(*) AS n FROM pg_stats",
                "SELECT * FROM access.users", "SELECT * FROM uws.job",
                "SELECT set_config('voarchive.caller', 'opal', true) AS x FROM ivoa.obscore",
                "SELECT current_setting('voarchive.caller') AS x FROM ivoa.obscore",
                "SELECT access.caller_programs() AS x FROM ivoa.obscore",
                "SELECT COUNT(*) AS n FROM ivoa.obscore WHERE proposal_id = current_setting('voarchive.caller')")) {
            for (Account a : List.of(anonymous, other)) {
                HttpResponse<String> r = sync(a, "votable", adql);
                assertEquals(400, r.statusCode(), adql + ": " + r.body());
                assertTrue(r.body().contains("QUERY_STATUS\" value=\"ERROR\""), r.body());
                assertNoInternals(r);
            }
        }
        long tables = number(anonymous, "SELECT COUNT(*) AS n FROM tap_schema.tables");
        assertTrue(tables > 0);
        for (Account a : everyone()) {
            assertEquals(tables, number(a, "SELECT COUNT(*) AS n FROM tap_schema.tables"), a + ": TAP_SCHEMA is the same");
        }
    }

    // --- async: jobs belong to their creator ---------------------------------------------------------

    private String createJob(Account a, String adql) throws Exception {
        HttpResponse<String> created = post(a, "tap/async", "LANG", "ADQL", "RESPONSEFORMAT", "csv", "QUERY", adql,
                "PHASE", "RUN");
        assertEquals(303, created.statusCode(), created.body());
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().substring(1);
    }

    private HttpResponse<String> awaitCompleted(Account a, String job) throws Exception {
        HttpResponse<String> r = null;
        for (int i = 0; i < 60; i++) {
            r = get(a, job + "?WAIT=5&PHASE=EXECUTING");
            if (r.body().contains("<uws:phase>COMPLETED</uws:phase>") || r.body().contains("<uws:phase>ERROR</uws:phase>")) {
                return r;
            }
        }
        return r;
    }

    @Test
    void asyncJobsRunAsTheirOwnerAndShowToNobodyElse() throws Exception {
        Set<String> pisSets = visible(datasets(), pi);
        String piJob = createJob(pi, "SELECT COUNT(*) AS n FROM ivoa.obscore");
        String anonymousJob = createJob(anonymous, "SELECT COUNT(*) AS n FROM ivoa.obscore");
        HttpResponse<String> done = awaitCompleted(pi, piJob);
        assertTrue(done.body().contains("<uws:phase>COMPLETED</uws:phase>"), done.body());
        assertTrue(done.body().contains("<uws:ownerId>pia</uws:ownerId>"), done.body());
        HttpResponse<String> result = get(pi, piJob + "/results/result");
        assertEquals(200, result.statusCode());
        assertEquals(pisSets.size(), Long.parseLong(result.body().lines().skip(1).findFirst().orElseThrow().trim()),
                "the job ran with its owner's entitlements");
        assertTrue(awaitCompleted(anonymous, anonymousJob).body().contains("<uws:phase>COMPLETED</uws:phase>"));
        assertEquals(visible(datasets(), anonymous).size(), Long.parseLong(get(anonymous, anonymousJob + "/results/result")
                .body().lines().skip(1).findFirst().orElseThrow().trim()));

        String jobId = piJob.substring(piJob.lastIndexOf('/') + 1);
        for (Account a : List.of(anonymous, delegate, other, operator)) {
            for (String part : List.of("", "/phase", "/parameters", "/results", "/results/result", "/owner", "/quote",
                    "/destruction", "/executionduration", "/error")) {
                HttpResponse<String> r = get(a, piJob + part);
                assertEquals(404, r.statusCode(), a + " " + part);
                assertFalse(r.body().contains("COUNT"), r.body());
            }
            assertEquals(404, post(a, piJob, "ACTION", "DELETE").statusCode(), a + " cannot delete it");
            assertEquals(404, post(a, piJob + "/phase", "PHASE", "ABORT").statusCode());
            assertEquals(404, send(a, "DELETE", piJob, null, null).statusCode());
            assertFalse(get(a, "tap/async").body().contains(jobId), a + " does not list it");
        }
        assertEquals(get(anonymous, "tap/async/nosuchjob").body().replace("nosuchjob", "X"),
                get(other, piJob).body().replace(jobId, "X"), "someone else's job looks like no job");
        assertTrue(get(pi, "tap/async").body().contains(jobId), "the owner lists it");
        assertEquals(200, get(pi, piJob).statusCode(), "and it survived the others' attempts");

        String anonymousId = anonymousJob.substring(anonymousJob.lastIndexOf('/') + 1);
        assertTrue(get(anonymous, "tap/async").body().contains(anonymousId), "anonymous jobs are listed to anonymous callers");
        assertFalse(get(pi, "tap/async").body().contains(anonymousId), "not to accounts");
        assertEquals(200, get(other, anonymousJob).statusCode(), "an anonymous job is anyone's who knows its URL");
    }

    // --- DAL services, DataLink, SODA, files ---------------------------------------------------------

    /**
     * A data set matching the condition, of the PI's programme when there is one: {ra, dec, dp_id, DID,
     * programme}.
     */
    private String[] position(String condition) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT o.s_ra, o.s_dec, substring(o.obs_publisher_did from '\\?(.*)$'),"
                        + " o.obs_publisher_did, o.proposal_id FROM ivoa.obscore o WHERE " + condition
                        + " ORDER BY o.proposal_id = '" + secret + "' DESC, o.obs_publisher_did LIMIT 1")) {
            assertTrue(rs.next(), condition);
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
        }
    }

    private static final String SECRET_SPECTRUM = "o.dataproduct_type = 'spectrum' AND o.obs_release_date > '2030-01-01'";
    private static final String SECRET_IMAGE = "o.dataproduct_type IN ('image', 'cube') AND o.obs_release_date > '2030-01-01'";

    @Test
    void ssaAndSiaFindProprietaryDataForTheEntitledOnly() throws Exception {
        String[] spectrum = position(SECRET_SPECTRUM);
        String[] image = position(SECRET_IMAGE);
        for (Account a : everyone()) {
            HttpResponse<String> ssa = get(a, "ssa?REQUEST=queryData&POS=" + spectrum[0] + "," + spectrum[1] + "&SIZE=0.01");
            assertEquals(200, ssa.statusCode(), ssa.body());
            assertEquals(a.entitled(spectrum[4], false), ssa.body().contains(spectrum[2]), a + " SSA");
            HttpResponse<String> sia = get(a, "sia/query?POS=" + enc("CIRCLE " + image[0] + " " + image[1] + " 0.01"));
            assertEquals(200, sia.statusCode(), sia.body());
            assertEquals(a.entitled(image[4], false), sia.body().contains(image[2]), a + " SIA");
        }
    }

    @Test
    void dataLinkPreviewsSpectraAndCutoutsFollowTheSameRule() throws Exception {
        String[] spectrum = position(SECRET_SPECTRUM);
        String[] image = position(SECRET_IMAGE);
        for (Account a : everyone()) {
            for (String[] product : List.of(spectrum, image)) {
                boolean entitled = a.entitled(product[4], false);
                HttpResponse<String> links = get(a, "datalink/links?ID=" + enc(product[3]));
                assertEquals(200, links.statusCode());
                assertEquals(entitled, links.body().contains("/files/" + product[2]), a + " links " + links.body());
                assertEquals(!entitled, links.body().contains("NotFoundFault: no public data set with ID"), a + " links");
                assertEquals(entitled ? 200 : 404, get(a, "datalink/preview/" + product[2] + ".fits.png").statusCode(),
                        a + " preview");
            }
            HttpResponse<String> vot = get(a, "datalink/spectrum/" + spectrum[2] + ".vot");
            assertEquals(a.entitled(spectrum[4], false) ? 200 : 404, vot.statusCode(), a + " spectrum " + vot.body());
            HttpResponse<String> cutout = get(a, "datalink/soda?ID=" + enc(image[3]) + "&CIRCLE="
                    + enc(image[0] + " " + image[1] + " 0.005"));
            assertEquals(a.entitled(image[4], false) ? 200 : 404, cutout.statusCode(), a + " SODA " + cutout.body());
        }
        HttpResponse<String> preview = get(operator, "datalink/preview/" + image[2] + ".fits.png");
        assertEquals("private, no-store", preview.headers().firstValue("Cache-Control").orElse(""),
                "no shared cache keeps a proprietary preview");
    }

    @Test
    void filesAreServedToTheEntitledAndUnknownToEveryoneElse() throws Exception {
        List<Owned> stored = files();
        List<Owned> sample = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (Owned f : stored) {
            String kind = (f.released() ? "public " : "hidden ") + f.programme();
            if (kinds.add(kind) || sample.size() < 6) {
                sample.add(f);
            }
        }
        String missing = "ADP.2099-01-01T00:00:00.000.fits";
        for (Account a : everyone()) {
            String unknown = get(a, "files/" + missing).body().replace(missing, "X");
            for (Owned f : sample) {
                boolean entitled = a.entitled(f.programme(), f.released());
                HttpResponse<String> whole = get(a, "files/" + f.key());
                assertEquals(entitled ? 200 : 404, whole.statusCode(), a + " " + f);
                HttpResponse<String> head = send(a, "HEAD", "files/" + f.key(), null, null);
                assertEquals(entitled ? 200 : 404, head.statusCode(), a + " HEAD " + f);
                HttpResponse<String> range = get(a, "files/" + f.key(), "Range", "bytes=0-9");
                assertEquals(entitled ? 206 : 404, range.statusCode(), a + " Range " + f);
                if (entitled) {
                    assertEquals(10, range.body().length());
                } else {
                    assertEquals(unknown, whole.body().replace(f.key(), "X"), "a hidden file looks like a missing one");
                    assertEquals(unknown, range.body().replace(f.key(), "X"));
                }
            }
        }
    }

    // --- the operators' pages ------------------------------------------------------------------------

    @Test
    void facetedSearchFindsAndCountsOnlyWhatTheCallerMay() throws Exception {
        List<Owned> sets = datasets();
        for (Account a : everyone()) {
            Set<String> entitled = visible(sets, a);
            HttpResponse<String> r = get(a, "search?q=&limit=500");
            assertEquals(200, r.statusCode(), a + ": " + r.body());
            JSONObject answer = new JSONObject(r.body());
            assertEquals(entitled.size(), answer.getInt("total"), a + " total");
            JSONArray results = answer.getJSONArray("results");
            Set<String> found = new HashSet<>();
            for (int i = 0; i < results.length(); i++) {
                found.add(results.getJSONObject(i).getString("id").replaceFirst("^.*\\?", ""));
            }
            assertEquals(entitled, found, a + " results");
            long proprietary = 0;
            JSONArray release = answer.getJSONObject("facets").getJSONArray("release");
            for (int i = 0; i < release.length(); i++) {
                if ("proprietary".equals(release.getJSONObject(i).getString("value"))) {
                    proprietary = release.getJSONObject(i).getLong("count");
                }
            }
            assertEquals(sets.stream().filter(d -> !d.released() && entitled.contains(d.key())).count(), proprietary,
                    a + " proprietary count");
            // the same search as ADQL, run through TAP as the same caller, finds the same data sets
            assertEquals(entitled.size(), lines(a, answer.getString("adql")).size(), a + " ADQL");
            assertEquals(entitled.size(), new JSONObject(get(a, "search").body()).getInt("total"), a + " description");
        }
    }

    @Test
    void ingestPagesAreForOperators() throws Exception {
        for (String path : List.of("ingest", "ingest/api/status", "ingest/api/quarantine", "ingest/api/waiting",
                "ingest/api/qc", "ingest/api/completeness",
                "ingest/qc/plot.svg?instrument=UVES&parameter=QC.RON&setup=x")) {
            HttpResponse<String> anon = get(anonymous, path);
            assertEquals(401, anon.statusCode(), path);
            assertTrue(anon.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Basic ")),
                    anon.headers().toString());
            assertNoInternals(anon);
            for (Account a : List.of(pi, delegate, other)) {
                HttpResponse<String> r = get(a, path);
                assertEquals(403, r.statusCode(), a + " " + path);
                assertNoInternals(r);
            }
            int status = get(operator, path).statusCode();
            assertTrue(status == 200 || status == 400 && path.contains("plot"), operator + " " + path + " " + status);
        }
        assertEquals(200, get(operator, "ingest/api/status").statusCode());
        assertTrue(get(operator, "ingest").body().contains("<html"));
    }

    /** Paths with nothing proprietary answer every caller alike. */
    @Test
    void publicMetadataIsTheSameForEveryone() throws Exception {
        for (String path : List.of("tap/tables", "tap/capabilities")) {
            String expected = get(anonymous, path).body();
            for (Account a : everyone()) {
                assertEquals(expected, get(a, path).body(), a + " " + path);
            }
        }
    }
}
