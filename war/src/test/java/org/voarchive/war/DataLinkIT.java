package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.server.xml.IvoaSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * DataLink in the real server on an ingested night whose products are public: {links} for spectra and
 * images with every link followed, the service descriptors on TAP results, STILTS datalinklint and
 * votlint, and pyvo following the descriptor.
 */
@ExtendWith(ArquillianExtension.class)
class DataLinkIT extends DeployedArchiveTestCase {

    private static final String SEMANTICS = "semantics";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(11, 12, "");
    }

    private static String did(String prodcatg) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT obs_publisher_did FROM archive.products WHERE prodcatg = '"
                        + prodcatg + "' ORDER BY arcfile LIMIT 1")) {
            assertTrue(rs.next(), "the ingested night has a " + prodcatg);
            return rs.getString(1);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> links(String... ids) throws Exception {
        StringBuilder q = new StringBuilder("datalink/links?");
        for (String id : ids) {
            q.append(q.charAt(q.length() - 1) == '?' ? "" : "&").append("ID=").append(encode(id));
        }
        return get(base, q.toString(), null);
    }

    /** The rows of a {links} table, each as column name to value (null for an empty cell). */
    private static List<Map<String, String>> rows(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList fields = doc.getElementsByTagNameNS("*", "FIELD");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.getLength(); i++) {
            names.add(((Element) fields.item(i)).getAttribute("name"));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        NodeList trs = doc.getElementsByTagNameNS("*", "TR");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList tds = ((Element) trs.item(i)).getElementsByTagNameNS("*", "TD");
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < tds.getLength(); j++) {
                String text = tds.item(j).getTextContent();
                row.put(names.get(j), text.isEmpty() ? null : text);
            }
            rows.add(row);
        }
        return rows;
    }

    private static HttpResponse<byte[]> download(String url) throws Exception {
        URI u = URI.create(url);
        URI loopback = new URI("http", null, "127.0.0.1", u.getPort(), u.getPath(), u.getQuery(), null);
        return HTTP.send(HttpRequest.newBuilder(loopback).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean fits(byte[] body) {
        return body.length >= 2880 && new String(body, 0, 6, StandardCharsets.US_ASCII).equals("SIMPLE");
    }

    /** Checks every link of one product and returns the preview. */
    private static BufferedImage followEveryLink(List<Map<String, String>> rows, String did) throws Exception {
        Set<String> semantics = new java.util.HashSet<>();
        BufferedImage preview = null;
        for (Map<String, String> row : rows) {
            assertEquals(did, row.get("ID"));
            assertEquals(null, row.get("error_message"), row.toString());
            semantics.add(row.get(SEMANTICS));
            if (row.get("access_url") == null) {
                assertEquals("#cutout", row.get(SEMANTICS));
                assertNotNull(row.get("service_def"));
                continue;
            }
            HttpResponse<byte[]> r = download(row.get("access_url"));
            assertEquals(200, r.statusCode(), row.toString());
            if (row.get("content_length") != null) {
                assertEquals(Long.parseLong(row.get("content_length")), r.body().length, row.toString());
            }
            switch (row.get(SEMANTICS)) {
                case "#this", "#progenitor", "#calibration" -> assertTrue(fits(r.body()), row.toString());
                case "#preview" -> {
                    assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
                    preview = ImageIO.read(new ByteArrayInputStream(r.body()));
                }
                case "#auxiliary" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.body()));
                default -> throw new AssertionError("unexpected semantics " + row);
            }
        }
        assertEquals(Set.of("#this", "#preview", "#progenitor", "#calibration", "#auxiliary", "#cutout"), semantics,
                rows.toString());
        assertNotNull(preview);
        return preview;
    }

    @Test
    void aSpectrumHasEveryLinkAndAPlotAsPreview() throws Exception {
        String did = did("SCIENCE.SPECTRUM");
        HttpResponse<String> r = links(did);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml"));
        IvoaSchemas.validate(r.body());
        BufferedImage preview = followEveryLink(rows(r.body()), did);
        assertEquals(800, preview.getWidth());
        assertEquals(400, preview.getHeight());
        assertTrue(r.body().contains("ivo://ivoa.net/std/SODA#sync-1.0"), r.body());
        assertTrue(r.body().contains("name=\"BAND\""), r.body());
        assertTrue(r.body().contains("<MIN value="), "the spectrum's wavelength bounds: " + r.body());
    }

    @Test
    void anImageHasEveryLinkAndAStretchOfItsSizeAsPreview() throws Exception {
        String did = did("SCIENCE.IMAGE");
        HttpResponse<String> r = links(did);
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = rows(r.body());
        BufferedImage preview = followEveryLink(rows, did);
        String product = rows.stream().filter(row -> "#this".equals(row.get(SEMANTICS))).findFirst().orElseThrow()
                .get("access_url");
        Path file = Files.createTempFile("product", ".fits");
        try {
            Files.write(file, download(product).body());
            try (Fits f = new Fits(file.toFile())) {
                BasicHDU<?> hdu = f.readHDU();
                int width = hdu.getHeader().getIntValue("NAXIS1");
                int height = hdu.getHeader().getIntValue("NAXIS2");
                double scale = Math.min(1.0, 1024.0 / Math.max(width, height));
                assertEquals(Math.round(width * scale), preview.getWidth());
                assertEquals(Math.round(height * scale), preview.getHeight());
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void severalIdsInOneCallAndUnknownOnesGetAnErrorRow() throws Exception {
        String spectrum = did("SCIENCE.SPECTRUM");
        String image = did("SCIENCE.IMAGE");
        String unknown = "ivo://voarchive.example/ID?ADP.2099-01-01T00:00:00.000";
        HttpResponse<String> r = links(spectrum, unknown, image);
        assertEquals(200, r.statusCode());
        List<Map<String, String>> rows = rows(r.body());
        assertTrue(rows.stream().anyMatch(row -> spectrum.equals(row.get("ID")) && "#this".equals(row.get(SEMANTICS))));
        assertTrue(rows.stream().anyMatch(row -> image.equals(row.get("ID")) && "#this".equals(row.get(SEMANTICS))));
        List<Map<String, String>> errors = rows.stream().filter(row -> unknown.equals(row.get("ID"))).toList();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).get("error_message").startsWith("NotFoundFault: "), errors.toString());
        assertEquals(2, DalResponses.occurrences(r.body(), "SODA#sync-1.0"), "one cutout descriptor per product");

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(local(base).resolve("datalink/links"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ID=" + encode(spectrum) + "&ID=" + encode(image))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
        assertEquals(rows(r.body()).size() - 1, rows(post.body()).size());
    }

    @Test
    void aCallWithoutIdIsAUsageFault() throws Exception {
        HttpResponse<String> r = get(base, "datalink/links", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("UsageFault"), r.body());
        assertNoInternals(r);
        HttpResponse<String> preview = get(base, "datalink/preview/nosuch.fits.png", null);
        assertEquals(404, preview.statusCode());
        assertNoInternals(preview);
    }

    @Test
    void tapResultsWithPublisherDidsCarryTheLinksDescriptor() throws Exception {
        HttpResponse<String> r = get(base, "tap/sync?LANG=ADQL&QUERY=" + encode(
                "SELECT TOP 3 obs_publisher_did, s_ra FROM ivoa.obscore"), null);
        assertEquals(200, r.statusCode());
        IvoaSchemas.validate(r.body());
        Matcher field = Pattern.compile("<FIELD[^>]*ID=\"([^\"]+)\"[^>]*name=\"obs_publisher_did\"").matcher(r.body());
        assertTrue(field.find(), r.body());
        assertTrue(r.body().contains("<RESOURCE type=\"meta\" utype=\"adhoc:service\""), r.body());
        assertTrue(r.body().contains("value=\"ivo://ivoa.net/std/DataLink#links-1.1\""), r.body());
        assertTrue(r.body().contains("value=\"" + publicBase().resolve("datalink/links") + "\""), r.body());
        assertTrue(r.body().contains("ref=\"" + field.group(1) + "\""), r.body());

        HttpResponse<String> without = get(base, "tap/sync?LANG=ADQL&QUERY=" + encode(
                "SELECT TOP 3 s_ra FROM ivoa.obscore"), null);
        assertFalse(without.body().contains("adhoc:service"), without.body());

        HttpResponse<String> capabilities = get(base, "capabilities", null);
        assertTrue(capabilities.body().contains("standardID=\"ivo://ivoa.net/std/DataLink#links-1.1\""),
                capabilities.body());
        IvoaSchemas.validate(capabilities.body());
    }

    /** Runs a STILTS command; skips the test where STILTS is not installed. */
    private static String stilts(String... args) throws Exception {
        Path stilts = Path.of("/usr/bin/stilts");
        assumeTrue(Files.isExecutable(stilts), "skipped: STILTS is not installed (apt-get install stilts)");
        List<String> command = new ArrayList<>(List.of(stilts.toString()));
        command.addAll(List.of(args));
        // no standard input: STILTS prompts there for a parameter it lacks, and must fail instead
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "stilts finished");
        return output;
    }

    @Test
    void datalinklintAndVotlintFindNothing() throws Exception {
        String spectrum = did("SCIENCE.SPECTRUM");
        String image = did("SCIENCE.IMAGE");
        for (String ids : List.of("ID=" + encode(spectrum), "ID=" + encode(image) + "&ID=" + encode(spectrum)
                + "&ID=" + encode("ivo://voarchive.example/ID?nosuch"))) {
            URI url = local(base).resolve("datalink/links?" + ids);
            // votable= explicitly: the URL's own '=' would otherwise make STILTS read it as a parameter name
            String report = stilts("datalinklint", "report=EW", "votable=" + url);
            assertFalse(report.contains("E-") || report.contains("W-"), url + ":\n" + report);
            Path file = Files.createTempFile("links", ".vot");
            try {
                Files.write(file, download(url.toString()).body());
                String votlint = stilts("votlint", "votable=" + file, "version=1.4");
                assertFalse(votlint.contains("ERROR") || votlint.contains("WARNING"), votlint);
            } finally {
                Files.delete(file);
            }
        }
        Path result = Files.createTempFile("tap", ".vot");
        try {
            Files.write(result, download(local(base).resolve("tap/sync?LANG=ADQL&QUERY="
                    + encode("SELECT TOP 5 * FROM ivoa.obscore")).toString()).body());
            String votlint = stilts("votlint", "votable=" + result, "version=1.4");
            assertFalse(votlint.contains("ERROR") || votlint.contains("WARNING"), votlint);
        } finally {
            Files.delete(result);
        }
    }

    @Test
    void pyvoFollowsTheDescriptorToTheFileAndThePreview() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import pyvo").start();
        assumeTrue(check.waitFor() == 0, "skipped: Debian's python3-pyvo is not installed (apt-get install python3-pyvo)");
        Process p = new ProcessBuilder(python.toString(), Path.of("src/test/python/datalink_client.py").toString(),
                local(base).resolve("tap").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("OK datalinks=2"), output);
    }

    @Test
    void pyvoCutsAHawkiImageThroughTheSodaDescriptor() throws Exception {
        String did;
        double ra;
        double dec;
        double fov;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT obs_publisher_did, s_ra, s_dec, s_fov FROM ivoa.obscore WHERE "
                        + "dataproduct_type = 'image' AND instrument_name LIKE 'HAWKI%' ORDER BY obs_publisher_did LIMIT 1")) {
            assertTrue(rs.next(), "the ingested night has a HAWK-I image");
            did = rs.getString(1);
            ra = rs.getDouble(2);
            dec = rs.getDouble(3);
            fov = rs.getDouble(4);
        }
        String output = DalResponses.pyvo("soda_client.py", local(base).resolve("datalink/links?ID=" + encode(did))
                .toString(), Double.toString(ra), Double.toString(dec),
                Double.toString(fov / 8));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("OK cutout=(\\d+) full=(\\d+)").matcher(output);
        assertTrue(m.find(), output);
        assertTrue(Long.parseLong(m.group(1)) < Long.parseLong(m.group(2)), output);
    }
}
