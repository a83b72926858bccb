package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.util.FitsInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.voarchive.server.coverage.Moc;
import org.voarchive.server.xml.IvoaSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The publishing registry at /oai and the coverage at /coverage as a harvester sees them, over one ingested
 * night: every verb by GET and POST, every answer valid against OAI-PMH with its VOResource records, the
 * archive's record agreeing with /capabilities and /tap/tables, and a MOC that covers what is released and
 * grows when more is published.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryIT extends DeployedArchiveTestCase {

    static final String CONFIGURED = "2026-01-01T00:00:00Z";
    static final String AUTHORITY = "voarchive.example";
    static final int ORDER = 9;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(11, 12, "archive.registry.updated=" + CONFIGURED + "\n"
                + "archive.registry.contact.email=registry@voarchive.example\n"
                + "archive.coverage.order=" + ORDER + "\n");
    }

    /** An OAI-PMH answer by GET, checked to be an XML 200 answer valid against the schemas. */
    private String oai(String... pairs) throws Exception {
        StringBuilder q = new StringBuilder("oai");
        for (int i = 0; i < pairs.length; i += 2) {
            q.append(i == 0 ? "?" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return valid(get(base, q.toString(), null));
    }

    private String oaiPost(String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(local(base).resolve("oai")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return valid(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static String valid(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), r.headers().toString());
        IvoaSchemas.validate(r.body());
        return r.body();
    }

    private static Document dom(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Node root, String localName) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String child(Element parent, String localName) {
        return children(parent, localName).get(0).getTextContent().trim();
    }

    private static String errorCode(String xml) throws Exception {
        List<Element> errors = elements(dom(xml), "error");
        return errors.isEmpty() ? null : errors.get(0).getAttribute("code");
    }

    private static List<String> identifiers(String xml) throws Exception {
        return elements(dom(xml), "header").stream().map(h -> child(h, "identifier")).toList();
    }

    private static Element resource(String xml, String identifier) throws Exception {
        return elements(dom(xml), "Resource").stream().filter(r -> child(r, "identifier").equals(identifier))
                .findFirst().orElseThrow(() -> new AssertionError("no record " + identifier + " in\n" + xml));
    }

    private static String datestamp(String xml, String identifier) throws Exception {
        return elements(dom(xml), "header").stream().filter(h -> child(h, "identifier").equals(identifier))
                .map(h -> child(h, "datestamp")).findFirst().orElseThrow();
    }

    static final List<String> ALL = List.of("ivo://" + AUTHORITY, "ivo://" + AUTHORITY + "/org",
            "ivo://" + AUTHORITY + "/registry", "ivo://" + AUTHORITY + "/archive");

    @Test
    @Order(1)
    void identifiesAsAPublishingRegistryOfItsAuthority() throws Exception {
        String xml = oai("verb", "Identify");
        Document d = dom(xml);
        assertEquals(publicBase().resolve("oai").toString(), child(elements(d, "Identify").get(0), "baseURL"));
        assertEquals("2.0", child(elements(d, "Identify").get(0), "protocolVersion"));
        assertEquals("registry@voarchive.example", child(elements(d, "Identify").get(0), "adminEmail"));
        assertEquals(CONFIGURED, child(elements(d, "Identify").get(0), "earliestDatestamp"));
        Element registry = elements(d, "Resource").get(0);
        assertEquals("vg:Registry", registry.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
        assertEquals(AUTHORITY, child(registry, "managedAuthority"));
        Element harvest = children(registry, "capability").get(0);
        assertEquals("ivo://ivoa.net/std/Registry", harvest.getAttribute("standardID"));
        assertEquals(publicBase().resolve("oai").toString(), elements(harvest, "accessURL").get(0).getTextContent());
        assertEquals(xml.replaceAll("<responseDate>[^<]*", ""),
                oaiPost("verb=Identify").replaceAll("<responseDate>[^<]*", ""), "POST answers as GET does");

        String formats = oai("verb", "ListMetadataFormats");
        assertEquals(List.of("oai_dc", "ivo_vor"), elements(dom(formats), "metadataPrefix").stream()
                .map(Node::getTextContent).toList());
        assertEquals(List.of("ivo_managed"), elements(dom(oai("verb", "ListSets")), "setSpec").stream()
                .map(Node::getTextContent).toList());
    }

    @Test
    @Order(2)
    void harvestsCompleteRecordsOfEveryResource() throws Exception {
        String vor = oai("verb", "ListRecords", "metadataPrefix", "ivo_vor");
        assertEquals(ALL, identifiers(vor));
        assertEquals(ALL, identifiers(oai("verb", "ListRecords", "metadataPrefix", "oai_dc")));
        assertEquals(ALL, identifiers(oai("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor", "set",
                "ivo_managed")));
        assertEquals(ALL, identifiers(oaiPost("verb=ListIdentifiers&metadataPrefix=oai_dc")));
        Element archive = resource(vor, "ivo://" + AUTHORITY + "/archive");
        assertEquals("vs:CatalogService", archive.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
        Element curation = children(archive, "curation").get(0);
        assertEquals("ivo://" + AUTHORITY + "/org", children(curation, "publisher").get(0).getAttribute("ivo-id"));
        assertEquals("registry@voarchive.example", child(children(curation, "contact").get(0), "email"));
        assertEquals(2, children(curation, "date").size(), "created and updated");
        Element authority = resource(vor, "ivo://" + AUTHORITY);
        assertEquals("ivo://" + AUTHORITY + "/org", children(authority, "managingOrg").get(0).getAttribute("ivo-id"));

        Element one = resource(oai("verb", "GetRecord", "identifier", "ivo://" + AUTHORITY + "/archive",
                "metadataPrefix", "ivo_vor"), "ivo://" + AUTHORITY + "/archive");
        assertEquals(archive.getAttribute("updated"), one.getAttribute("updated"));
        String dc = oai("verb", "GetRecord", "identifier", "ivo://" + AUTHORITY + "/archive", "metadataPrefix", "oai_dc");
        assertTrue(dc.contains("<dc:identifier>ivo://" + AUTHORITY + "/archive</dc:identifier>"), dc);
    }

    @Test
    @Order(3)
    void theArchiveRecordListsWhatCapabilitiesAndTablesServe() throws Exception {
        Element archive = resource(oai("verb", "GetRecord", "identifier", "ivo://" + AUTHORITY + "/archive",
                "metadataPrefix", "ivo_vor"), "ivo://" + AUTHORITY + "/archive");
        Document capabilities = dom(get(base, "capabilities", null).body());
        assertEquals(capabilitySummary(elements(capabilities, "capability")),
                capabilitySummary(children(archive, "capability")));
        Set<String> standards = new TreeSet<>();
        children(archive, "capability").forEach(c -> standards.add(c.getAttribute("standardID")));
        for (String std : List.of("ivo://ivoa.net/std/TAP", "ivo://ivoa.net/std/SSA", "ivo://ivoa.net/std/SIA#query-2.0",
                "ivo://ivoa.net/std/DataLink#links-1.1", "ivo://ivoa.net/std/SODA#sync-1.0")) {
            assertTrue(standards.contains(std), std + " in " + standards);
        }
        Element tap = children(archive, "capability").stream()
                .filter(c -> c.getAttribute("standardID").equals("ivo://ivoa.net/std/TAP")).findFirst().orElseThrow();
        assertEquals("tr:TableAccess", tap.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
        assertFalse(elements(tap, "language").isEmpty(), "TAPRegExt languages");

        Document tables = dom(get(base, "tap/tables", null).body());
        Element tableset = children(archive, "tableset").get(0);
        assertEquals(tableSummary(elements(tables, "table")), tableSummary(elements(tableset, "table")));
        assertTrue(tableSummary(elements(tableset, "table")).stream().anyMatch(s -> s.startsWith("ivoa.obscore.s_region ")));

        Element coverage = children(archive, "coverage").get(0);
        assertEquals(publicBase().resolve("coverage/moc.fits").toString(), child(coverage, "footprint"));
        assertEquals("ivo://ivoa.net/std/moc", children(coverage, "footprint").get(0).getAttribute("ivo-id"));
        Moc summary = Moc.parseAscii(child(coverage, "spatial"), 0);
        assertFalse(summary.isEmpty());
        for (double[] p : releasedPositions()) {
            assertTrue(summary.contains(6, cell(6, p[0], p[1])), "the record's MOC covers " + p[0] + "," + p[1]);
        }
        assertEquals(2, child(coverage, "temporal").split(" ").length);
    }

    private static Set<String> capabilitySummary(List<Element> capabilities) {
        Set<String> out = new TreeSet<>();
        for (Element c : capabilities) {
            for (Element url : elements(c, "accessURL")) {
                out.add(c.getAttribute("standardID") + " " + c.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance",
                        "type") + " " + url.getTextContent().trim());
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static Set<String> tableSummary(List<Element> tables) {
        Set<String> out = new TreeSet<>();
        for (Element t : tables) {
            String name = child(t, "name");
            out.add(name);
            for (Element c : children(t, "column")) {
                out.add(name + "." + child(c, "name") + " " + child(c, "dataType"));
            }
        }
        return out;
    }

    @Test
    @Order(4)
    void selectsByDatestampAndAnswersErrorsAsOaiPmhSays() throws Exception {
        String all = oai("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor");
        String archiveStamp = datestamp(all, "ivo://" + AUTHORITY + "/archive");
        assertEquals(CONFIGURED, datestamp(all, "ivo://" + AUTHORITY + "/registry"));
        assertTrue(Instant.parse(archiveStamp).isAfter(Instant.parse(CONFIGURED)),
                "the archive record changed when the night was published");
        assertEquals(ALL.subList(3, 4), identifiers(oai("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor",
                "from", Instant.parse(CONFIGURED).plusSeconds(1).toString())));
        assertEquals(ALL.subList(0, 3), identifiers(oai("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "until", "2026-01-01")));
        assertEquals(ALL, identifiers(oai("verb", "ListRecords", "metadataPrefix", "oai_dc",
                "from", CONFIGURED, "until", archiveStamp)));
        assertEquals("noRecordsMatch", errorCode(oai("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", Instant.parse(archiveStamp).plusSeconds(1).toString())));
        assertEquals("noRecordsMatch", errorCode(oai("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "set", "elsewhere")));

        assertEquals("badVerb", errorCode(oai()));
        assertEquals("badVerb", errorCode(oai("verb", "ListEverything")));
        assertEquals("badArgument", errorCode(oai("verb", "ListRecords")));
        assertEquals("badArgument", errorCode(oai("verb", "Identify", "set", "x")));
        assertEquals("badArgument", errorCode(oai("verb", "ListRecords", "metadataPrefix", "ivo_vor", "from", "soon")));
        assertEquals("badArgument", errorCode(oai("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-02-01", "until", "2026-01-01")));
        assertEquals("badArgument", errorCode(oaiPost("verb=GetRecord&metadataPrefix=ivo_vor")));
        assertEquals("cannotDisseminateFormat", errorCode(oai("verb", "ListRecords", "metadataPrefix", "marc")));
        assertEquals("idDoesNotExist", errorCode(oai("verb", "GetRecord", "identifier", "ivo://elsewhere/x",
                "metadataPrefix", "ivo_vor")));
        assertEquals("badResumptionToken", errorCode(oai("verb", "ListRecords", "resumptionToken", "expired")));
        assertEquals("badResumptionToken", errorCode(oai("verb", "ListSets", "resumptionToken", "expired")));
    }

    /** ra, dec of every released product. */
    private static List<double[]> releasedPositions() throws Exception {
        List<double[]> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT s_ra, s_dec FROM ivoa.obscore WHERE s_ra IS NOT NULL"
                        + " AND obs_release_date <= (now() AT TIME ZONE 'UTC')")) {
            while (r.next()) {
                out.add(new double[] {r.getDouble(1), r.getDouble(2)});
            }
        }
        assertFalse(out.isEmpty(), "the night has released products");
        return out;
    }

    /** The HEALPix NESTED cell of a position, as pgSphere numbers it. */
    private static long cell(int order, double ra, double dec) throws Exception {
        return db.scalar("SELECT healpix_nest(" + order + ", spoint(radians(" + ra + "), radians(" + dec + ")))");
    }

    private Moc fitsMoc() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(local(base).resolve("coverage/moc.fits"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/fits", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(0, r.body().length % 2880);
        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(r.body())))) {
            BinaryTableHDU table = (BinaryTableHDU) fits.read()[1];
            assertEquals("2.0", table.getHeader().getStringValue("MOCVERS"));
            assertEquals("SPACE", table.getHeader().getStringValue("MOCDIM"));
            assertEquals("NUNIQ", table.getHeader().getStringValue("ORDERING"));
            assertEquals("C", table.getHeader().getStringValue("COORDSYS"));
            assertEquals(ORDER, table.getHeader().getIntValue("MOCORD_S"));
            return Moc.fromNuniq((long[]) table.getColumn(0), ORDER);
        }
    }

    private Moc jsonMoc() throws Exception {
        HttpResponse<String> r = get(base, "coverage/moc.json", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().startsWith("{") && r.body().endsWith("}"), r.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(\\d+)\":\\[([\\d,]*)\\]").matcher(r.body());
        StringBuilder ascii = new StringBuilder();
        while (m.find()) {
            ascii.append(m.group(1)).append('/').append(m.group(2)).append(' ');
        }
        return Moc.parseAscii(ascii.toString(), ORDER);
    }

    @Test
    @Order(5)
    void theMocCoversTheReleasedProductsAndGrowsWhenMoreArePublished() throws Exception {
        Moc moc = fitsMoc();
        assertEquals(moc, jsonMoc(), "FITS and JSON carry the same MOC");
        for (double[] p : releasedPositions()) {
            assertTrue(moc.contains(ORDER, cell(ORDER, p[0], p[1])), "the MOC covers " + p[0] + "," + p[1]);
        }
        assertTrue(moc.skyFraction() < 0.01, "a night covers little of the sky: " + moc.skyFraction());
        double[] elsewhere = {250.0, -75.0};
        assertFalse(moc.contains(ORDER, cell(ORDER, elsewhere[0], elsewhere[1])));
        String before = datestamp(oai("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor"),
                "ivo://" + AUTHORITY + "/archive");

        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id, obs_publisher_did,"
                    + " obs_creation_date, obs_release_date, s_ra, s_dec, s_fov) VALUES ('image', 2, 'TEST', 'late',"
                    + " 'ivo://" + AUTHORITY + "/ID?late', now() AT TIME ZONE 'UTC' + interval '2 seconds',"
                    + " '2025-01-01', " + elsewhere[0] + ", " + elsewhere[1] + ", 0.1)");
        }
        Moc after = fitsMoc();
        assertNotEquals(moc, after);
        assertTrue(after.contains(ORDER, cell(ORDER, elsewhere[0], elsewhere[1])), "the new product is covered");
        for (double[] p : releasedPositions()) {
            assertTrue(after.contains(ORDER, cell(ORDER, p[0], p[1])));
        }
        String updated = datestamp(oai("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor"),
                "ivo://" + AUTHORITY + "/archive");
        assertTrue(Instant.parse(updated).isAfter(Instant.parse(before)), before + " then " + updated);
        assertEquals(ALL.subList(3, 4), identifiers(oai("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor",
                "from", updated)), "an incremental harvest finds the changed record");
    }

    @Test
    @Order(6)
    void theMocFitsPassesAstropysVerification() throws Exception {
        java.nio.file.Path python = java.nio.file.Path.of("/usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import astropy.io.fits").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(check.waitFor() == 0,
                "skipped: astropy (Debian's python3-astropy, which python3-pyvo brings) is not installed");
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(local(base).resolve("coverage/moc.fits"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("moc", ".fits");
        try {
            java.nio.file.Files.write(file, r.body());
            Process p = new ProcessBuilder(python.toString(), "-c", String.join("\n",
                    "import sys", "from astropy.io import fits",
                    "with fits.open(sys.argv[1]) as h:",
                    "    h.verify('exception')",
                    "    t = h[1]",
                    "    assert t.header['MOCVERS'] == '2.0' and t.header['ORDERING'] == 'NUNIQ', t.header",
                    "    print(t.columns.names[0], t.columns.formats[0], len(t.data))"), file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertEquals("UNIQ 1K " + fitsMoc().nuniq().length, out.strip());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
