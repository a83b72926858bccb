package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An ingested night whose science is still proprietary (a 50-year period): neither /files, {links} nor
 * the previews serve its products or raw science frames to anyone, while its calibrations are public.
 */
@ExtendWith(ArquillianExtension.class)
class ProprietaryFilesIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(11, 12 * 50, "");
    }

    /** Column 1 of a query run as the owner, who sees every row. */
    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void proprietaryProductsAndScienceFramesAreNeverServed() throws Exception {
        List<String> products = strings("SELECT arcfile FROM archive.products ORDER BY arcfile");
        assertFalse(products.isEmpty(), "the night made products");
        List<String> science = strings("SELECT arcfile FROM archive.raw_frames WHERE category = 'SCIENCE' LIMIT 3");
        List<String> hidden = new ArrayList<>(products);
        hidden.addAll(science);
        for (String arcfile : hidden) {
            HttpResponse<String> r = get(base, "files/" + arcfile, null);
            assertEquals(404, r.statusCode(), arcfile);
            assertTrue(r.body().contains("no public file named " + arcfile), r.body());
            assertNoInternals(r);
        }
        for (String arcfile : products) {
            HttpResponse<String> preview = get(base, "datalink/preview/" + arcfile + ".png", null);
            assertEquals(404, preview.statusCode(), arcfile);
        }
        HttpResponse<String> unknown = get(base, "files/ADP.2099-01-01T00:00:00.000.fits", null);
        assertEquals(unknown.body().replace("ADP.2099-01-01T00:00:00.000.fits", "X"),
                get(base, "files/" + products.get(0), null).body().replace(products.get(0), "X"),
                "an unknown and a proprietary file get the same answer");
    }

    @Test
    void linksOfProprietaryProductsAreNotFoundFaults() throws Exception {
        for (String did : strings("SELECT obs_publisher_did FROM archive.products ORDER BY arcfile")) {
            HttpResponse<String> r = get(base, "datalink/links?ID=" + URLEncoder.encode(did, StandardCharsets.UTF_8),
                    null);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<TD>NotFoundFault: no public data set with ID " + did + "</TD>"), r.body());
            assertFalse(r.body().contains("/files/"), r.body());
            assertFalse(r.body().contains("adhoc:service"), r.body());
        }
    }

    @Test
    void publicCalibrationsAreStillServed() throws Exception {
        List<String> calibrations = strings("SELECT arcfile FROM archive.raw_frames WHERE category = 'CALIB'"
                + " ORDER BY arcfile LIMIT 3");
        assertFalse(calibrations.isEmpty());
        for (String arcfile : calibrations) {
            HttpResponse<String> r = get(base, "files/" + arcfile, null);
            assertEquals(200, r.statusCode(), arcfile);
            assertTrue(r.body().startsWith("SIMPLE"), arcfile);
        }
    }
}
