package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator changes a programme's proprietary period after its data was ingested: the data becomes
 * public (or hidden again) the new period after its observation, at once, in the database (every TAP
 * query) and in the faceted search, whose index holds release dates of its own. The night is proprietary
 * for 50 years; the search counts on the split path, as a large index does.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramPeriodIT extends DeployedArchiveTestCase {

    private static final String OPERATOR_TOKEN = "voa_" + "o".repeat(43);
    private static final String USER_TOKEN = "voa_" + "u".repeat(43);

    private static String programme;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        WebArchive war = withIngestedNight(13, 12 * 50, "archive.search.split-from=0\n");
        programme = scalarText("SELECT min(proposal_id) FROM ivoa.obscore");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO access.users (name, operator) VALUES ('opal', true), ('ursula', false)");
            s.execute("INSERT INTO access.tokens (id, user_name, token_sha256, label, expires) VALUES"
                    + " (gen_random_uuid(), 'opal', encode(sha256(convert_to('" + OPERATOR_TOKEN + "', 'UTF8')), 'hex'),"
                    + " 'test', now() + interval '1 day'), (gen_random_uuid(), 'ursula',"
                    + " encode(sha256(convert_to('" + USER_TOKEN + "', 'UTF8')), 'hex'), 'test', now() + interval '1 day')");
        }
        return war;
    }

    @Test
    void aNewPeriodReleasesAndHidesIngestedDataAtOnceEverywhere() throws Exception {
        long rows = scalar("SELECT count(*) FROM ivoa.obscore WHERE proposal_id = '" + programme + "'");
        assertTrue(rows > 0, "the night has products of " + programme);
        assertEquals(0, publicRows(), "proprietary for 50 years");
        long searchedBefore = searchTotal();

        JSONObject released = period(OPERATOR_TOKEN, 0, 200);
        assertEquals(0, released.getInt("proprietary_months"));
        assertEquals(rows, released.getJSONObject("redated").getInt("products"));
        assertTrue(released.getJSONObject("redated").getInt("files") > rows, "raw frames and association trees too");
        assertEquals(rows, publicRows(), "TAP, anonymous");
        assertEquals(searchedBefore + rows, searchTotal(), "the search, anonymous");
        assertEquals(0, scalar("""
                SELECT count(*) FROM archive.files f JOIN archive.raw_frames r ON r.arcfile = f.arcfile
                 WHERE r.category = 'SCIENCE' AND f.prog_id = '%s' AND f.release_date <> r.date_obs
                """.formatted(programme)), "science frames are public from their observation");
        assertLineageShares();

        JSONObject hidden = period(OPERATOR_TOKEN, 24, 200);
        assertEquals(rows, hidden.getJSONObject("redated").getInt("products"));
        assertEquals(0, scalar("""
                SELECT count(*) FROM archive.files f JOIN archive.raw_frames r ON r.arcfile = f.arcfile
                 WHERE r.category = 'SCIENCE' AND f.prog_id = '%s'
                   AND f.release_date <> r.date_obs + interval '24 months'
                """.formatted(programme)), "two years after each observation, month by calendar month");
        assertLineageShares();

        period(OPERATOR_TOKEN, 12 * 50, 200);
        assertEquals(0, publicRows(), "hidden again at once");
        assertEquals(searchedBefore, searchTotal(), "hidden from the search at once");
        assertEquals(0, period(OPERATOR_TOKEN, 12 * 50, 200).getJSONObject("redated").getInt("files"),
                "the same period again changes nothing");
    }

    @Test
    void onlyOperatorsSetPeriods() throws Exception {
        period(USER_TOKEN, 0, 403);
        period(null, 0, 401);
        assertEquals(0, publicRows());
    }

    /** Association trees, products and their ObsCore rows become public with their science frame. */
    private static void assertLineageShares() throws Exception {
        assertEquals(0, scalar("""
                SELECT count(*) FROM archive.products p
                  JOIN archive.files pf ON pf.arcfile = p.arcfile
                  JOIN archive.files sf ON sf.arcfile = p.science_arcfile
                  JOIN ivoa.obscore o ON o.obs_publisher_did = p.obs_publisher_did
                 WHERE pf.release_date <> sf.release_date OR o.obs_release_date <> sf.release_date
                """), "products and their ObsCore rows");
        assertEquals(0, scalar("""
                SELECT count(*) FROM archive.files t JOIN archive.files sf
                    ON t.arcfile = regexp_replace(sf.arcfile, '\\.fits$', '') || '.assoc.xml'
                 WHERE t.kind = 'association' AND t.release_date <> sf.release_date
                """), "association trees");
        assertEquals(0, scalar("""
                SELECT count(*) FROM archive.files f JOIN archive.raw_frames r ON r.arcfile = f.arcfile
                 WHERE r.category = 'CALIB' AND f.release_date <> r.date_obs
                """), "calibrations stay public from their observation");
    }

    private JSONObject period(String token, int months, int status) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(local(base).resolve("admin/programs/"
                        + URLEncoder.encode(programme, StandardCharsets.UTF_8) + "/period"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"months\": " + months + "}"));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, answer.statusCode(), answer.body());
        return new JSONObject(answer.body());
    }

    private long publicRows() throws Exception {
        String adql = "SELECT COUNT(*) FROM ivoa.obscore WHERE proposal_id = '" + programme + "'";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(local(base).resolve("tap/sync?LANG=ADQL&RESPONSEFORMAT=csv&QUERY="
                + URLEncoder.encode(adql, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\\R")[1].strip());
    }

    private long searchTotal() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(local(base).resolve("search?q=&limit=0")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new JSONObject(r.body()).getLong("total");
    }

    private static long scalar(String sql) throws Exception {
        return Long.parseLong(scalarText(sql));
    }

    private static String scalarText(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
