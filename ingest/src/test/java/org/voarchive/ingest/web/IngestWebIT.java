package org.voarchive.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.voarchive.db.testing.TestDatabase;
import org.voarchive.ingest.ops.ArchiveRows;
import org.voarchive.server.config.ArchiveConfig;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class IngestWebIT {

    private static TestDatabase db;
    private static final IngestApiResource api = new IngestApiResource();

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.migrated();
        try (Connection c = db.dataSource().getConnection()) {
            ArchiveRows.seed(c);
        }
        api.dataSource = db.dataSource();
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    @Test
    void statusGivesCountsTimesAndRecentItems() {
        JsonObject status = ok(api.status());
        assertEquals(2, status.getJsonObject("states").getInt("QUARANTINED"));
        assertEquals(1, status.getJsonObject("states").getInt("WAITING"));
        assertEquals(2, status.getJsonObject("stages").getInt("publish"));
        assertEquals(1, status.getJsonObject("instruments").getJsonObject("UVES").getInt("ACTIVE"));
        assertEquals("2024-03-01T10:08:00Z", status.getString("lastLanded"));
        assertEquals(1, status.getInt("masters"));
        assertEquals(1, status.getInt("products"));
        JsonArray recent = status.getJsonArray("recent");
        assertEquals(6, recent.size());
        assertEquals("fors-bad.fits", recent.getJsonObject(0).getString("sourceName"));
        JsonObject junk = recent.getJsonObject(4);
        assertEquals(JsonValue.NULL, junk.get("arcfile"), "absent values are nulls, not missing fields");
    }

    @Test
    void quarantineFiltersByCode() {
        JsonObject all = ok(api.quarantine(null, null));
        assertEquals(JsonValue.NULL, all.get("code"));
        assertEquals(2, all.getJsonArray("items").size());
        assertEquals(1, all.getJsonObject("reasonCodes").getInt("WRONG_TYPE"));
        JsonObject one = ok(api.quarantine("MISSING_KEYWORD", null));
        assertEquals("MISSING_KEYWORD", one.getString("code"));
        JsonArray items = one.getJsonArray("items");
        assertEquals(1, items.size());
        assertEquals(ArchiveRows.SCRIPT, items.getJsonObject(0).getString("reason"));
        assertEquals("land", items.getJsonObject(0).getString("stage"));
        assertEquals("2024-03-01T10:04:00Z", items.getJsonObject(0).getString("landedAt"));
        assertError(api.quarantine(null, "-3"), 400, "limit");
    }

    @Test
    void waitingListsMissingNeeds() {
        JsonArray items = ok(api.waiting(null)).getJsonArray("items");
        assertEquals(1, items.size());
        assertEquals(ArchiveRows.UVES_SCI_2, items.getJsonObject(0).getString("arcfile"));
        JsonObject need = items.getJsonObject(0).getJsonArray("missing").getJsonObject(0);
        assertEquals("FLAT", need.getString("need"));
        assertEquals("no FLAT for RED_580 within 7 days", need.getString("reason"));
    }

    @Test
    void qcGivesVerdictsAndLatestScores() {
        JsonArray instruments = ok(api.qc()).getJsonArray("instruments");
        assertEquals("FORS2", instruments.getJsonObject(0).getString("instrument"));
        assertEquals("WARNING", instruments.getJsonObject(0).getString("verdict"));
        JsonObject uves = instruments.getJsonObject(1);
        assertEquals("OUT", uves.getString("verdict"));
        assertEquals(List.of("bias_level", "resolving_power"),
                uves.getJsonArray("parameters").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject bias = uves.getJsonArray("latest").getJsonObject(0);
        assertEquals(3, bias.getInt("measurements"));
        assertEquals("OK", bias.getJsonObject("latest").getString("score"));
        JsonObject gain = instruments.getJsonObject(0).getJsonArray("latest").getJsonObject(1).getJsonObject("latest");
        assertEquals(JsonValue.NULL, gain.get("reference"));
    }

    @Test
    void seriesInTimeOrderAndItsParametersRequired() {
        JsonObject series = ok(api.series("UVES", "bias_level", "RED_580"));
        JsonArray points = series.getJsonArray("points");
        assertEquals(3, points.size());
        assertEquals(60367.8, points.getJsonObject(0).getJsonNumber("mjdObs").doubleValue());
        assertEquals("WARNING", points.getJsonObject(1).getString("score"));
        assertEquals(152.0, points.getJsonObject(1).getJsonNumber("high").doubleValue());
        assertError(api.series("UVES", null, "RED_580"), 400, "parameter is required");
    }

    @Test
    void completenessPerNightAndBadNightsRefused() {
        JsonArray nights = ok(api.completeness(null)).getJsonArray("nights");
        assertEquals(2, nights.size());
        JsonObject uves = nights.getJsonObject(1);
        assertEquals("2024-02-29", uves.getString("night"));
        assertEquals(1, uves.getJsonObject("totals").getInt("INCOMPLETE"));
        assertEquals(3, uves.getJsonObject("totals").getInt("frames"));
        JsonObject red = uves.getJsonArray("groups").getJsonObject(1);
        assertEquals("RED_580", red.getString("setup"));
        assertEquals("COMPLETE", red.getJsonArray("frames").getJsonObject(0).getString("status"));
        assertEquals("FLAT", red.getJsonArray("frames").getJsonObject(1).getJsonArray("missing")
                .getJsonObject(0).getString("need"));
        assertEquals("PENDING", uves.getJsonArray("groups").getJsonObject(0).getJsonArray("frames")
                .getJsonObject(0).getString("status"));

        JsonArray one = ok(api.completeness("2024-03-01")).getJsonArray("nights");
        assertEquals(1, one.size());
        assertEquals("FORS2", one.getJsonObject(0).getJsonArray("groups").getJsonObject(0).getString("instrument"));

        assertError(api.completeness("2024-13-01"), 400, "not a calendar date");
        assertError(api.completeness("yesterday"), 400, "YYYY-MM-DD");
    }

    @Test
    void aDatabaseThatIsDownIsA503WithAReasonNotATrace() {
        PGSimpleDataSource down = new PGSimpleDataSource();
        down.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        IngestApiResource broken = new IngestApiResource();
        broken.dataSource = down;
        JsonObject error = assertError(broken.status(), 503, "database could not answer");
        assertFalse(error.toString().contains("Exception"));
    }

    @Test
    void plotHasOnePointPerRowColouredByScore() throws Exception {
        QcPlotResource plots = new QcPlotResource();
        plots.dataSource = db.dataSource();
        Response answer = plots.plot("UVES", "bias_level", "RED_580");
        assertEquals(200, answer.getStatus());
        assertEquals("image/svg+xml;charset=utf-8", answer.getMediaType().toString());
        Document doc = Svg.parse((String) answer.getEntity());
        List<Element> points = Svg.elements(doc, "circle");
        assertEquals(List.of("OK", "WARNING", "OK"), points.stream().map(p -> p.getAttribute("data-score")).toList());
        assertEquals(List.of(TrendPlot.OK, TrendPlot.WARNING, TrendPlot.OK),
                points.stream().map(p -> p.getAttribute("fill")).toList());
        assertEquals("UVES bias_level (RED_580)", Svg.elements(doc, "title").get(0).getTextContent());

        Document empty = Svg.parse((String) plots.plot("UVES", "bias_level", "NONE").getEntity());
        assertTrue(Svg.elements(empty, "text").stream().anyMatch(t -> t.getTextContent().equals("no data")));
        assertError(plots.plot(null, "bias_level", "RED_580"), 400, "instrument is required");
    }

    @Test
    void pageShowsEverySectionAndEscapesReasons() {
        IngestPageResource page = new IngestPageResource();
        page.dataSource = db.dataSource();
        page.config = new ArchiveConfig();
        Response answer = page.html("/");
        assertEquals(200, answer.getStatus());
        assertEquals("text/html;charset=utf-8", answer.getMediaType().toString());
        String html = (String) answer.getEntity();
        assertFalse(html.contains("<script>"), "a reason must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; no ARCFILE"));
        assertTrue(html.contains("<img src=\"/ingest/qc/plot.svg?instrument=UVES&amp;parameter=bias_level"
                + "&amp;setup=RED_580\""));
        assertTrue(html.contains("<img src=\"/ingest/qc/plot.svg?instrument=FORS2&amp;parameter=gain&amp;setup=1x1\""));
        assertTrue(html.contains("href=\"/ingest/api/completeness\""));
        assertTrue(html.contains("no FLAT for RED_580 within 7 days"));
        assertTrue(html.contains("<span class=\"badge OUT\">OUT</span>"), "the UVES verdict");
        assertTrue(html.contains("<span class=\"badge INCOMPLETE\">INCOMPLETE</span>"));
        assertTrue(html.contains("<span class=\"badge PENDING\">PENDING</span>"));
        assertTrue(html.contains("Night 2024-02-29"));
        assertTrue(html.indexOf("id=\"stream\"") < html.indexOf("id=\"quarantine\"")
                && html.indexOf("id=\"waiting\"") < html.indexOf("id=\"qc\"")
                && html.indexOf("id=\"qc\"") < html.indexOf("id=\"completeness\""));
    }

    private static JsonObject ok(Response answer) {
        assertEquals(200, answer.getStatus(), () -> String.valueOf(answer.getEntity()));
        assertEquals("application/json;charset=utf-8", answer.getMediaType().toString());
        return json(answer);
    }

    private static JsonObject assertError(Response answer, int status, String message) {
        assertEquals(status, answer.getStatus());
        assertEquals("application/json;charset=utf-8", answer.getMediaType().toString());
        JsonObject error = json(answer);
        assertEquals(status, error.getInt("status"));
        assertTrue(error.getString("message").contains(message), error.getString("message"));
        return error;
    }

    private static JsonObject json(Response answer) {
        try (var reader = Json.createReader(new StringReader((String) answer.getEntity()))) {
            return reader.readObject();
        }
    }
}
