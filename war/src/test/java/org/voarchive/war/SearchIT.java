package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.db.demo.DemoHoldings;
import org.voarchive.db.obscore.ObsCoreInserter;
import org.voarchive.facets.index.FacetIndex;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.service.SearchIndex;

/**
 * The faceted search over a real archive: one ingested night (UVES spectra, HAWK-I images, with files)
 * plus the 6,000 demo ObsCore rows, many of them still proprietary. Every count the search gives is
 * checked against the same count computed in PostgreSQL (and pgSphere for the cone); every search's ADQL,
 * run through /tap/sync, finds the same products. The index directory is left drifted before the server
 * starts (a product missing, one described wrongly, one that does not exist): the start-up check must
 * have repaired it.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT extends DeployedArchiveTestCase {

    private static final String GONE = "ivo://voarchive.example/ID?ADP.1999-01-01T00:00:00.000";
    private static final String VISIBLE = "obs_release_date <= (now() AT TIME ZONE 'UTC')";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        // every search split over the container's managed threads, as a large index is: the counts below
        // are then those of the split path
        WebArchive war = withIngestedNight(23, 12, "archive.search.split-from=0\n");
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            ObsCoreInserter.insert(c, new DemoHoldings("voarchive.example", publicBase()).records().iterator());
            c.commit();
        }
        String did = strings("SELECT obs_publisher_did FROM archive.products ORDER BY arcfile LIMIT 1").get(0);
        try (FacetIndex drifted = FacetIndex.open(SearchIndex.directory(ingestedData))) {
            drifted.put(new ProductDocument(GONE, "1", "a product the database never had", "Nowhere", null, "NOSUCH",
                    "NOSUCH", "spectrum", 2, null, 10.0, 10.0, null, null, null, null, null, null, null,
                    Instant.parse("2020-01-01T00:00:00Z"), null, null));
            drifted.put(new ProductDocument(did, "1", "described wrongly", "Nowhere", null, "WRONG", "WRONG", "image", 1,
                    null, 10.0, 10.0, null, null, null, null, null, null, null, Instant.parse("2020-01-01T00:00:00Z"),
                    null, null));
            drifted.commit();
        }
        return war;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static List<String> strings(String sql, Object... args) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static long count(String where, Object... args) throws Exception {
        return Long.parseLong(strings("SELECT count(*) FROM ivoa.obscore WHERE " + VISIBLE + " AND " + where, args).get(0));
    }

    /** value -> count of visible products, grouped by an expression, with an extra condition. */
    private static Map<String, Long> groups(String expression, String where) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + expression + ", count(*) FROM ivoa.obscore WHERE " + VISIBLE + " AND " + where + " GROUP BY 1");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private JSONObject search(String query) throws Exception {
        HttpResponse<String> r = get(base, "search?" + query, null);
        assertEquals(200, r.statusCode(), () -> query + ": " + r.body());
        assertEquals("application/json;charset=UTF-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        return new JSONObject(r.body());
    }

    private static Map<String, Long> terms(JSONObject answer, String facet) {
        Map<String, Long> out = new TreeMap<>();
        JSONArray values = answer.getJSONObject("facets").getJSONArray(facet);
        for (int i = 0; i < values.length(); i++) {
            out.put(values.getJSONObject(i).getString("value"), values.getJSONObject(i).getLong("count"));
        }
        return out;
    }

    private static long bucketSum(JSONObject answer, String facet) {
        JSONArray buckets = answer.getJSONObject("facets").getJSONObject(facet).getJSONArray("buckets");
        long sum = 0;
        for (int i = 0; i < buckets.length(); i++) {
            sum += buckets.getJSONObject(i).getLong("count");
        }
        return sum;
    }

    /** Every product a search finds, page by page. */
    private Set<String> allIds(String query) throws Exception {
        Set<String> ids = new HashSet<>();
        long total;
        int offset = 0;
        do {
            JSONObject page = search(query + "&limit=500&offset=" + offset);
            total = page.getLong("total");
            JSONArray results = page.getJSONArray("results");
            for (int i = 0; i < results.length(); i++) {
                ids.add(results.getJSONObject(i).getString("id"));
            }
            offset += 500;
        } while (offset < total);
        assertEquals(total, ids.size(), query);
        return ids;
    }

    /** The publisher DIDs the ADQL finds through TAP (the first CSV column). */
    private Set<String> tapIds(String adql) throws Exception {
        HttpResponse<String> r = get(base, "tap/sync?REQUEST=doQuery&LANG=ADQL&RESPONSEFORMAT=csv&MAXREC=100000&QUERY="
                + URLEncoder.encode(adql, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), () -> adql + ": " + r.body());
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.get(0).startsWith("obs_publisher_did,"), lines.get(0));
        Set<String> ids = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            ids.add(line.substring(0, line.indexOf(',')));
        }
        return ids;
    }

    // --- tests ---------------------------------------------------------------------------------------

    @Test
    void withoutParametersTheServiceDescribesItself() throws Exception {
        HttpResponse<String> r = get(base, "search", null);
        assertEquals(200, r.statusCode(), r.body());
        JSONObject d = new JSONObject(r.body());
        assertEquals(count("true"), d.getLong("total"));
        Set<String> facets = new HashSet<>();
        for (Object f : d.getJSONArray("facets")) {
            JSONObject facet = (JSONObject) f;
            facets.add(facet.getString("name"));
            if (facet.getString("kind").equals("range") && facet.getString("name").equals("snr")) {
                assertEquals(Double.parseDouble(strings("SELECT min(snr) FROM ivoa.obscore WHERE " + VISIBLE).get(0)),
                        facet.getDouble("min"), 1e-9);
            }
        }
        assertEquals(Set.of("instrument", "collection", "type", "level", "target_class", "release", "snr", "resolution",
                "wavemin", "wavemax", "exptime", "maglim", "date"), facets);
        Set<String> parameters = new HashSet<>();
        d.getJSONArray("parameters").forEach(p -> parameters.add(((JSONObject) p).getString("name")));
        assertTrue(parameters.containsAll(List.of("q", "instrument", "covers", "ra", "dec", "radius", "sort", "offset", "limit")));
        assertTrue(d.getJSONArray("sort").toList().contains("relevance"));
        assertFalse(d.getJSONArray("examples").isEmpty());
    }

    @Test
    void facetCountsAreThoseOfTheDatabaseWithoutUnreleasedProducts() throws Exception {
        assertTrue(Long.parseLong(strings("SELECT count(*) FROM ivoa.obscore WHERE NOT (" + VISIBLE + ")").get(0)) > 0,
                "the demo rows include proprietary products");
        JSONObject all = search("q=&limit=0");
        assertEquals(count("true"), all.getLong("total"));
        assertEquals(groups("instrument_name", "true"), terms(all, "instrument"));
        assertEquals(groups("obs_collection", "true"), terms(all, "collection"));
        assertEquals(groups("dataproduct_type", "true"), terms(all, "type"));
        assertEquals(groups("calib_level::text", "true"), terms(all, "level"));
        assertEquals(groups("coalesce(target_class, 'unknown')", "true"), terms(all, "target_class"));
        assertEquals(Map.of("public", count("true")), terms(all, "release"));
        assertEquals(count("snr IS NOT NULL"), bucketSum(all, "snr"));
        assertEquals(count("t_min IS NOT NULL"), bucketSum(all, "date"));
        assertEquals(0, search("release=proprietary&limit=0").getLong("total"), "nobody is entitled yet");
    }

    @Test
    void theStartUpCheckRepairedTheDriftedIndex() throws Exception {
        JSONObject all = search("q=&limit=0");
        assertFalse(terms(all, "instrument").containsKey("WRONG"));
        assertFalse(terms(all, "instrument").containsKey("NOSUCH"));
        assertEquals(0, search("q=nowhere&limit=0").getLong("total"));
        // the ingested night and the demo rows were there before the server started: only the check indexed them
        assertEquals(new HashSet<>(strings("SELECT obs_publisher_did FROM ivoa.obscore WHERE " + VISIBLE)), allIds("q="));
    }

    @Test
    void drillSidewaysKeepsCountingTheValuesNotChosen() throws Exception {
        JSONObject uves = search("instrument=UVES&limit=0");
        assertEquals(count("instrument_name = 'UVES'"), uves.getLong("total"));
        assertEquals(groups("instrument_name", "true"), terms(uves, "instrument"), "instrument counts ignore the choice");
        assertEquals(groups("dataproduct_type", "instrument_name = 'UVES'"), terms(uves, "type"));

        JSONObject both = search("instrument=UVES&snr=50..&limit=0");
        assertEquals(count("instrument_name = 'UVES' AND snr >= 50"), both.getLong("total"));
        assertEquals(groups("instrument_name", "snr >= 50"), terms(both, "instrument"));
        assertEquals(count("instrument_name = 'UVES' AND snr IS NOT NULL"), bucketSum(both, "snr"),
                "snr counts ignore the snr filter but keep the instrument");
        assertEquals(groups("calib_level::text", "instrument_name = 'UVES' AND snr >= 50"), terms(both, "level"));
    }

    @Test
    void rangesWavelengthsDatesAndConesMatchTheDatabase() throws Exception {
        assertEquals(count("snr >= 20 AND snr <= 80"), search("snr=20..80&limit=0").getLong("total"));
        assertEquals(count("em_res_power >= 30000"), search("resolution=30000..&limit=0").getLong("total"));
        // bounds in nm are widened by a relative 1e-12 (see RangeFacet)
        assertEquals(count("em_min <= 6.5628e-7 * (1 + 1e-12) AND em_max >= 6.5628e-7 * (1 - 1e-12)"),
                search("covers=656.28&limit=0").getLong("total"));
        assertEquals(count("em_max <= 1.0e-6 * (1 + 1e-12)"), search("wavemax=..1000&limit=0").getLong("total"));
        assertEquals(count("t_exptime <= 600 AND abmaglim >= 20"), search("exptime=..600&maglim=20..&limit=0").getLong("total"));
        assertEquals(count("t_min >= 60310 AND t_min < 60676"), search("date=2024-01-01..2024-12-31&limit=0").getLong("total"));
        List<String> centre = strings("SELECT s_ra || ' ' || s_dec FROM ivoa.obscore o JOIN archive.products p USING (obs_publisher_did) LIMIT 1");
        String[] radec = centre.get(0).split(" ");
        for (double radius : new double[] {0.01, 2, 30}) {
            long sql = count("s_position <@ scircle(spoint(radians(?), radians(?)), radians(?))",
                    Double.parseDouble(radec[0]), Double.parseDouble(radec[1]), radius);
            assertTrue(sql > 0);
            assertEquals(sql, search("ra=" + radec[0] + "&dec=" + radec[1] + "&radius=" + radius + "&limit=0").getLong("total"),
                    "cone of " + radius + " degrees");
        }
        assertEquals(count("s_position <@ scircle(spoint(radians(0.5), radians(-89.5)), radians(3))"),
                search("ra=0.5&dec=-89.5&radius=3&limit=0").getLong("total"), "a cone over the pole");
    }

    @Test
    void everySearchsAdqlFindsTheSameProductsThroughTap() throws Exception {
        for (String query : List.of("q=", "instrument=UVES&snr=30..", "q=hd&type=spectrum", "covers=1250&level=3",
                "target_class=unknown&date=2023-01-01..2024-12-31", "ra=150&dec=2&radius=5&collection=HAWKI",
                "release=public&maglim=..21&sort=maglim:asc", "q=ngc%20253", "wavemin=400..500&exptime=..1000")) {
            JSONObject answer = search(query + "&limit=1");
            String adql = answer.getString("adql");
            assertTrue(answer.getString("tap").startsWith(publicBase() + "tap/sync?"), answer.getString("tap"));
            assertTrue(answer.getString("tap").contains(URLEncoder.encode(adql, StandardCharsets.UTF_8).replace("+", "%20")));
            Set<String> tap = tapIds(adql);
            assertEquals(answer.getLong("total"), tap.size(), query + " -> " + adql);
            if (tap.size() <= 2000) {
                assertEquals(tap, allIds(query), query + " -> " + adql);
            }
        }
    }

    @Test
    void resultsLinkToTheFileDataLinkAndPreview() throws Exception {
        String did = strings("SELECT obs_publisher_did FROM archive.products ORDER BY arcfile LIMIT 1").get(0);
        String target = strings("SELECT target_name FROM ivoa.obscore WHERE obs_publisher_did = ?", did).get(0);
        JSONObject answer = search("q=" + URLEncoder.encode(target, StandardCharsets.UTF_8) + "&limit=500");
        JSONObject product = null;
        for (Object o : answer.getJSONArray("results")) {
            if (((JSONObject) o).getString("id").equals(did)) {
                product = (JSONObject) o;
            }
        }
        assertNotNull(product, answer.toString());
        assertEquals(publicBase() + "datalink/links?ID=" + URLEncoder.encode(did, StandardCharsets.UTF_8),
                product.getString("datalink"));
        assertEquals("public", product.getString("release"));
        assertTrue(product.getString("release_date").endsWith("Z"));
        HttpResponse<byte[]> preview = HTTP.send(java.net.http.HttpRequest.newBuilder(
                local(base).resolve(java.net.URI.create(product.getString("preview")).getPath())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, preview.statusCode());
        assertEquals("image/png", preview.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> file = get(base, java.net.URI.create(product.getString("access_url")).getPath().substring(1), null);
        assertEquals(200, file.statusCode());
        Set<String> withFiles = new HashSet<>(strings("SELECT obs_publisher_did FROM archive.products"));
        for (Object o : search("q=&limit=500&sort=date").getJSONArray("results")) {
            JSONObject p = (JSONObject) o;
            assertEquals(withFiles.contains(p.getString("id")), !p.isNull("preview"), "only products with files have previews");
        }
    }

    @Test
    void badParametersAreJsonErrorsNamingTheParameter() throws Exception {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("colour=red", "colour"), Map.entry("snr=high", "snr"), Map.entry("snr=50..10", "snr"),
                Map.entry("snr=50", "snr"), Map.entry("ra=10&dec=10", "radius"), Map.entry("ra=10&dec=10&radius=200", "radius"),
                Map.entry("level=7", "level"), Map.entry("limit=501", "limit"), Map.entry("offset=-1", "offset"),
                Map.entry("sort=colour", "sort"), Map.entry("date=2026-13-01..", "date"), Map.entry("release=secret", "release"),
                Map.entry("snr=1..&snr=2..", "snr"), Map.entry("covers=-5", "covers"), Map.entry("dec=91&ra=1&radius=1", "dec"));
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = get(base, "search?" + e.getKey(), null);
            assertEquals(400, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), e.getKey());
            String error = new JSONObject(r.body()).getString("error");
            assertTrue(error.contains("'" + e.getValue() + "'"), e.getKey() + " -> " + error);
            assertNoInternals(r);
        }
    }
}
