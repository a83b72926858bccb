package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voarchive.war.DalResponses.assertDaliError;
import static org.voarchive.war.DalResponses.column;
import static org.voarchive.war.DalResponses.queryStatus;

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
import org.voarchive.server.xml.IvoaSchemas;

/** SIA 2.0 at /sia/query in the real server, over one ingested night of HAWK-I images and UVES spectra. */
@ExtendWith(ArquillianExtension.class)
class SiaIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(7, 12, "");
    }

    private HttpResponse<String> sia(String... parameters) throws Exception {
        StringBuilder q = new StringBuilder("sia/query?");
        for (int i = 0; i < parameters.length; i += 2) {
            q.append(i == 0 ? "" : "&").append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return get(base, q.toString(), null);
    }

    private List<String> ids(String... parameters) throws Exception {
        HttpResponse<String> r = sia(parameters);
        assertEquals(200, r.statusCode(), r.body());
        return column(r.body(), "obs_publisher_did").stream().sorted().toList();
    }

    /** Publisher DIDs of the products the database holds that satisfy an SQL condition, sorted. */
    private static List<String> where(String condition) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT obs_publisher_did FROM ivoa.obscore WHERE " + condition
                        + " ORDER BY obs_publisher_did")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** ra, dec of the first image, and its instrument. */
    private static String[] anImage() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT s_ra, s_dec, instrument_name FROM ivoa.obscore "
                        + "WHERE dataproduct_type = 'image' ORDER BY obs_publisher_did LIMIT 1")) {
            assertTrue(r.next(), "the night holds HAWK-I images");
            return new String[] {r.getString(1), r.getString(2), r.getString(3)};
        }
    }

    private static final String IMAGES = "dataproduct_type IN ('image', 'cube')";

    @Test
    void findsImagesByCircleRangeAndPolygon() throws Exception {
        String[] image = anImage();
        double ra = Double.parseDouble(image[0]);
        double dec = Double.parseDouble(image[1]);
        List<String> circle = ids("POS", "CIRCLE " + ra + " " + dec + " 0.01");
        HttpResponse<String> found = get(base, "sia/query?POS=" + URLEncoder.encode("CIRCLE " + ra + " " + dec + " 0.01",
                StandardCharsets.UTF_8), null);
        assertTrue(found.body().contains("ivo://ivoa.net/std/DataLink#links-1.1"), "a DataLink service descriptor");
        assertEquals(where(IMAGES + " AND s_region && scircle(spoint(radians(" + ra + "), radians(" + dec
                + ")), radians(0.01))"), circle);
        assertFalse(circle.isEmpty());
        String box = String.format(java.util.Locale.ROOT, "{(%fd,%fd),(%fd,%fd),(%fd,%fd),(%fd,%fd)}", ra - 0.01,
                dec - 0.01, ra + 0.01, dec - 0.01, ra + 0.01, dec + 0.01, ra - 0.01, dec + 0.01);
        List<String> inBox = where(IMAGES + " AND s_region && spoly '" + box + "'");
        assertEquals(inBox, ids("POS", "RANGE " + (ra - 0.01) + " " + (ra + 0.01) + " " + (dec - 0.01) + " "
                + (dec + 0.01)));
        assertEquals(inBox, ids("POS", "POLYGON " + (ra - 0.01) + " " + (dec - 0.01) + " " + (ra + 0.01) + " "
                + (dec - 0.01) + " " + (ra + 0.01) + " " + (dec + 0.01) + " " + (ra - 0.01) + " " + (dec + 0.01)));
        // two regions: either may match (OR)
        double farRa = (ra + 180) % 360;
        assertEquals(circle, ids("POS", "CIRCLE " + ra + " " + dec + " 0.01", "POS", "CIRCLE " + farRa + " 0 0.01"));
        assertEquals(List.of(), ids("POS", "CIRCLE " + farRa + " " + (-dec) + " 0.001"));
        assertEquals(where(IMAGES), ids("POS", "RANGE 0 360 -90 90"));
    }

    @Test
    void bandSeparatesJFromKs() throws Exception {
        List<String> j = ids("BAND", "1.2e-6 1.25e-6");
        List<String> ks = ids("BAND", "2.1e-6 2.2e-6");
        assertEquals(where(IMAGES + " AND filter = 'J'"), j);
        assertEquals(where(IMAGES + " AND filter = 'Ks'"), ks);
        assertFalse(j.isEmpty());
        assertFalse(ks.isEmpty());
        assertEquals(where(IMAGES + " AND filter = 'Ks'"), ids("BAND", "2.1e-6 +Inf"));
        List<String> both = new ArrayList<>(j);
        both.addAll(ks);
        assertEquals(both.stream().sorted().toList(), ids("BAND", "1.2e-6 1.25e-6", "BAND", "2.1e-6 2.2e-6"));
        // different parameters must all hold (AND)
        assertEquals(List.of(), ids("BAND", "1.2e-6 1.25e-6", "INSTRUMENT", "UVES"));
    }

    @Test
    void instrumentDptypeAndOtherConstraints() throws Exception {
        String instrument = anImage()[2];
        assertEquals(where(IMAGES), ids("INSTRUMENT", instrument));
        assertEquals(List.of(), ids("INSTRUMENT", "UVES"), "spectra are not images");
        assertEquals(where("true"), ids("INSTRUMENT", instrument, "INSTRUMENT", "UVES", "DPTYPE", "image",
                "DPTYPE", "spectrum"));
        assertEquals(where("dataproduct_type = 'spectrum'"), ids("DPTYPE", "spectrum"));
        assertEquals(where(IMAGES + " AND calib_level = 2"), ids("CALIB", "2"));
        assertEquals(where(IMAGES + " AND t_exptime BETWEEN 10 AND 100000"), ids("EXPTIME", "10 100000"));
        String did = where(IMAGES).get(0);
        assertEquals(List.of(did), ids("ID", did));
        assertEquals(where(IMAGES + " AND access_format = 'application/fits'"), ids("FORMAT", "application/fits"));
        assertEquals(List.of(), ids("POL", "Q"), "the images are not polarimetric");
        assertEquals(where(IMAGES + " AND t_min <= 1e6"), ids("TIME", "-Inf +Inf"));
    }

    @Test
    void responsesHaveEveryObsCoreColumnAndPassVotlint() throws Exception {
        HttpResponse<String> r = sia("MAXREC", "2");
        assertEquals("OVERFLOW", queryStatus(r.body()));
        assertEquals(2, column(r.body(), "obs_publisher_did").size());
        HttpResponse<String> tap = get(base, "tap/sync?LANG=ADQL&QUERY=" + URLEncoder.encode(
                "SELECT TOP 2 * FROM ivoa.obscore", StandardCharsets.UTF_8), null);
        for (String field : tap.body().split("<FIELD ")) {
            if (field.startsWith("name=")) {
                String header = field.substring(0, field.indexOf('>'));
                assertTrue(r.body().contains("<FIELD " + header + ">"), "as TAP describes it: " + header);
            }
        }
        DalResponses.assertVotlintClean(sia("INSTRUMENT", anImage()[2]).body());
        assertEquals("application/fits", sia("RESPONSEFORMAT", "fits").headers().firstValue("Content-Type")
                .orElseThrow());
    }

    @Test
    void badInputIsADaliError() throws Exception {
        assertDaliError(sia("POS", "CIRCLE 1 2"), "CIRCLE ra dec radius");
        assertDaliError(sia("POS", "BOX 1 2 3 4"), "CIRCLE, RANGE or POLYGON");
        assertDaliError(sia("POS", "POLYGON 1 2 3 4"), "POLYGON");
        assertDaliError(sia("POS", "CIRCLE 400 0 1"), "positions need");
        assertDaliError(sia("BAND", "abc"), "BAND");
        assertDaliError(sia("BAND", "2e-6 1e-6"), "ends before it starts");
        assertDaliError(sia("CALIB", "7"), "CALIB");
        assertDaliError(sia("POL", "Z"), "POL");
        assertDaliError(sia("DPTYPE", "movie"), "DPTYPE");
        assertDaliError(sia("RESPONSEFORMAT", "pdf"), "RESPONSEFORMAT");
        IvoaSchemas.validate(sia("BAND", "abc").body());
        assertEquals(List.of(), ids("TARGET", "x' OR 'a'='a"));
    }

    @Test
    void capabilitiesListSiaAndValidate() throws Exception {
        HttpResponse<String> r = get(base, "capabilities", null);
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("standardID=\"ivo://ivoa.net/std/SIA#query-2.0\""), r.body());
        assertTrue(r.body().contains("sia:SimpleImageAccess"));
    }

    @Test
    void pyvoSia2ServiceFindsTheImages() throws Exception {
        String[] image = anImage();
        String output = DalResponses.pyvo("sia_client.py", local(base).resolve("sia").toString(), image[0], image[1],
                image[2]);
        int circle = where(IMAGES + " AND s_region && scircle(spoint(radians(" + image[0] + "), radians(" + image[1]
                + ")), radians(0.01))").size();
        int all = where(IMAGES).size();
        int j = where(IMAGES + " AND filter = 'J'").size();
        assertTrue(output.matches("(?s).*OK circle=" + circle + " instrument=" + all + " j=" + j
                + " download=SIMPLE.*"), output);
    }
}
