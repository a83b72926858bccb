package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.server.xml.IvoaSchemas;

/**
 * SODA cutouts in the real server, of products the real back end made from a simulated night: a few
 * arcseconds of a HAWK-I image and a band of a UVES spectrum come back as valid FITS with the right
 * sizes, WCS and keywords; bad requests get SODA's faults over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class SodaIT extends DeployedArchiveTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(11, 12, "");
    }

    /** The first row of a TAP query as CSV cells. */
    private String[] firstRow(String adql) throws Exception {
        HttpResponse<String> r = get(base, "tap/sync?LANG=ADQL&RESPONSEFORMAT=csv&QUERY="
                + URLEncoder.encode(adql, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().strip().split("\\R");
        assertTrue(lines.length > 1, "the night has such a product: " + adql);
        return lines[1].split(",");
    }

    private String[] product(String type, String instrument) throws Exception {
        return firstRow("SELECT TOP 1 obs_publisher_did, s_ra, s_dec, em_min, em_max FROM ivoa.obscore"
                + " WHERE dataproduct_type = '" + type + "' AND instrument_name LIKE '" + instrument + "%'"
                + " ORDER BY obs_publisher_did");
    }

    private HttpResponse<byte[]> soda(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(local(base).resolve("datalink/soda?" + query))
                .timeout(Duration.ofSeconds(60)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String q(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Fits fits(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/fits", r.headers().firstValue("Content-Type").orElse(""));
        Fits fits = new Fits(new ByteArrayInputStream(r.body()));
        fits.read();
        fits.verifyIntegrity();
        return fits;
    }

    @Test
    void aCircleAroundTheImageCentreIsASmallImageWithItsWcs() throws Exception {
        String[] image = product("image", "HAWK");
        String did = image[0];
        double ra = Double.parseDouble(image[1]);
        double dec = Double.parseDouble(image[2]);
        double radius = 5 / 3600.0;
        HttpResponse<byte[]> r = soda(q("ID", did) + "&" + q("CIRCLE", ra + " " + dec + " " + radius));
        Fits fits = fits(r);
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.matches("attachment; filename=\"ADP\\..*_cutout\\.fits\""), disposition);
        Header h = fits.getHDU(0).getHeader();
        double scale = Math.hypot(h.getDoubleValue("CD1_1"), h.getDoubleValue("CD2_1"));
        int expected = (int) Math.round(2 * radius / scale) + 1;
        assertEquals(expected, h.getIntValue("NAXIS1"), 2);
        assertEquals(expected, h.getIntValue("NAXIS2"), 2);
        assertEquals(-32, h.getIntValue("BITPIX"));
        assertEquals("RA---TAN", h.getStringValue("CTYPE1"));
        assertTrue(disposition.contains(h.getStringValue("ARCFILE").replace(".fits", "_cutout.fits")));
        // the circle's centre, through the cutout's WCS, is the cutout's centre
        double dx = (ra - h.getDoubleValue("CRVAL1")) * Math.cos(Math.toRadians(dec));
        double dy = dec - h.getDoubleValue("CRVAL2");
        double det = h.getDoubleValue("CD1_1") * h.getDoubleValue("CD2_2")
                - h.getDoubleValue("CD1_2") * h.getDoubleValue("CD2_1");
        double px = h.getDoubleValue("CRPIX1") + (h.getDoubleValue("CD2_2") * dx - h.getDoubleValue("CD1_2") * dy) / det;
        double py = h.getDoubleValue("CRPIX2") + (h.getDoubleValue("CD1_1") * dy - h.getDoubleValue("CD2_1") * dx) / det;
        assertEquals((h.getIntValue("NAXIS1") + 1) / 2.0, px, 1.5);
        assertEquals((h.getIntValue("NAXIS2") + 1) / 2.0, py, 1.5);
        assertTrue(Arrays.stream(h.findCards("HISTORY"))
                .anyMatch(c -> c.getComment().startsWith("SODA cutout of " + h.getStringValue("ARCFILE"))));
    }

    @Test
    void aBandOfTheSpectrumKeepsTheBinsInsideIt() throws Exception {
        String[] spectrum = product("spectrum", "UVES");
        double middle = (Double.parseDouble(spectrum[3]) + Double.parseDouble(spectrum[4])) / 2;
        double lo = middle - 1e-9;
        double hi = middle + 1e-9;
        // by POST, as a form
        HttpRequest post = HttpRequest.newBuilder(local(base).resolve("datalink/soda"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(q("ID", spectrum[0]) + "&" + q("BAND", lo + " " + hi)))
                .build();
        Fits fits = fits(HTTP.send(post, HttpResponse.BodyHandlers.ofByteArray()));
        BinaryTableHDU table = (BinaryTableHDU) fits.getHDU(1);
        double[] wave = (double[]) table.getData().getElement(0, table.findColumn("WAVE"));
        assertTrue(wave.length > 1, "a 2 nm band holds several bins");
        assertTrue(wave[0] >= lo * 1e9 - 1e-9 && wave[wave.length - 1] <= hi * 1e9 + 1e-9,
                wave[0] + " .. " + wave[wave.length - 1]);
        assertEquals(wave.length, table.getHeader().getIntValue("NELEM"));
        assertEquals(wave.length, ((double[]) table.getData().getElement(0, table.findColumn("FLUX"))).length);
        Header primary = fits.getHDU(0).getHeader();
        assertEquals(wave[0], primary.getDoubleValue("WAVELMIN"), 1e-9);
        assertEquals(wave[wave.length - 1], primary.getDoubleValue("WAVELMAX"), 1e-9);
        assertEquals("SCIENCE.SPECTRUM", primary.getStringValue("PRODCATG"));
        // a circle around the target keeps the whole spectrum; one elsewhere selects nothing
        String around = q("CIRCLE", spectrum[1] + " " + spectrum[2] + " 0.01");
        assertEquals(200, soda(q("ID", spectrum[0]) + "&" + around).statusCode());
        double elsewhere = (Double.parseDouble(spectrum[1]) + 90) % 360;
        assertEquals(204, soda(q("ID", spectrum[0]) + "&" + q("CIRCLE", elsewhere + " 0 0.01")).statusCode());
    }

    @Test
    void faultsComeAsSodaSaysOverHttp() throws Exception {
        String[] image = product("image", "HAWK");
        HttpResponse<byte[]> unknown = soda(q("ID", "ivo://voarchive.example/ID?ADP.1999-01-01T00:00:00.000")
                + "&" + q("CIRCLE", "10 10 0.1"));
        assertFault(unknown, 404, "NotFoundFault");
        assertFault(soda(q("ID", image[0]) + "&" + q("CIRCLE", "10 10")), 400, "UsageError");
        assertFault(soda(q("CIRCLE", "10 10 0.1")), 400, "UsageError");
        assertFault(soda(q("ID", image[0]) + "&" + q("CIRCLE", "10 10 1") + "&" + q("POLYGON", "1 1 2 1 2 2")), 400,
                "UsageError");
        assertFault(soda(q("ID", image[0]) + "&" + q("ID", image[0])), 400, "MultiValuedParamNotSupported");
        // off the image: SODA's NoOverlap is 204 No Content without a body
        double ra = (Double.parseDouble(image[1]) + 10) % 360;
        HttpResponse<byte[]> off = soda(q("ID", image[0]) + "&" + q("CIRCLE", ra + " " + image[2] + " 0.001"));
        assertEquals(204, off.statusCode());
        assertEquals(0, off.body().length);
        // a band the image's filter does not cover
        assertEquals(204, soda(q("ID", image[0]) + "&" + q("BAND", "1e-7 2e-7")).statusCode());
    }

    private static void assertFault(HttpResponse<byte[]> r, int status, String label) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(body.startsWith(label + ": "), body);
        assertTrue(!body.contains("Exception") && !body.contains("\tat "), body);
    }

    @Test
    void theCapabilityIsListed() throws Exception {
        HttpResponse<String> r = get(base, "capabilities", null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        assertTrue(r.body().contains("standardID=\"ivo://ivoa.net/std/SODA#sync-1.0\""), r.body());
        assertTrue(r.body().contains("datalink/soda</accessURL>"), r.body());
    }
}
