package org.voarchive.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.voarchive.server.coverage.HoldingsCoverage;
import org.voarchive.server.coverage.Moc;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.tables.SchemaDescription;
import org.voarchive.server.tables.TableDescription;
import org.voarchive.server.vosi.Capability;
import org.voarchive.server.vosi.CapabilityInterface;
import org.voarchive.server.xml.IvoaSchemas;

/** Every verb against records built as the server builds them, each answer validated against OAI-PMH and VOResource. */
class OaiResponderTest {

    static final URI BASE = URI.create("http://archive.test:8080/");
    static final Instant CONFIGURED = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant PUBLISHED = Instant.parse("2026-11-20T08:30:15Z");

    static RegistrySettings settings(int pageSize) {
        return new RegistrySettings("archive.test", "Test Archive", "Test Observatory", "Archive team",
                "team@archive.test", null, CONFIGURED, pageSize);
    }

    static List<RegistryRecord> records(Instant lastPublication) {
        List<Capability> capabilities = List.of(
                new Capability("ivo://ivoa.net/std/VOSI#capabilities", "VOSI capabilities",
                        List.of(new CapabilityInterface("capabilities", null, null, "full"))),
                new Capability("ivo://ivoa.net/std/SIA#query-2.0", "Simple Image Access (SIA 2.0)",
                        List.of(CapabilityInterface.standard("sia/query", "2.0"))),
                new Capability("ivo://ivoa.net/std/DALI#examples", "examples",
                        List.of(CapabilityInterface.browser("tap/examples"))));
        TableDescription obscore = new TableDescription("ivoa", "ivoa.obscore", "table", null, "ObsCore <1.1> & more",
                List.of(new ColumnDescription("s_ra", "double", null, null, "deg", "pos.eq.ra", null, "RA", true,
                        true, true), ColumnDescription.of("s_region", "char", "*", "adql:REGION")), List.of());
        List<SchemaDescription> schemas = List.of(new SchemaDescription("ivoa", null, "IVOA tables", List.of(obscore)));
        HoldingsCoverage coverage = new HoldingsCoverage(Moc.parseAscii("7/1000-1003 10/64100", 10),
                Moc.parseAscii("6/250", 6), 60000.5, 60010.25, 4, lastPublication);
        return RegistryRecords.build(settings(10), capabilities, schemas, coverage, BASE);
    }

    static OaiRepository repository(int pageSize, Instant lastPublication) {
        return new OaiRepository(BASE.resolve("oai"), "Test registry", "team@archive.test",
                settings(pageSize).registryId(), records(lastPublication), pageSize);
    }

    static String respond(OaiRepository repository, String... pairs) throws Exception {
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OaiResponder(repository).respond(p, Instant.parse("2026-11-21T10:00:00Z"), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        return xml;
    }

    static String respond(String... pairs) throws Exception {
        return respond(repository(10, PUBLISHED), pairs);
    }

    static String errorCode(String xml) {
        Matcher m = Pattern.compile("<error code=\"(\\w+)\"").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    static List<String> identifiers(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<header><identifier>([^<]+)</identifier>").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static final List<String> ALL = List.of("ivo://archive.test", "ivo://archive.test/org",
            "ivo://archive.test/registry", "ivo://archive.test/archive");

    @Test
    void identifiesWithTheRegistryRecord() throws Exception {
        String xml = respond("verb", "Identify");
        assertEquals(null, errorCode(xml));
        assertTrue(xml.contains("<request verb=\"Identify\">http://archive.test:8080/oai</request>"), xml);
        assertTrue(xml.contains("<earliestDatestamp>2026-03-01T12:00:00Z</earliestDatestamp>"), xml);
        assertTrue(xml.contains("<adminEmail>team@archive.test</adminEmail>"), xml);
        assertTrue(xml.contains("xsi:type=\"vg:Registry\""), xml);
        assertTrue(xml.contains("<managedAuthority>archive.test</managedAuthority>"), xml);
        assertTrue(xml.contains("<accessURL use=\"base\">http://archive.test:8080/oai</accessURL>"), xml);
    }

    @Test
    void listsFormatsAndTheManagedSet() throws Exception {
        String formats = respond("verb", "ListMetadataFormats");
        assertTrue(formats.contains("<metadataPrefix>ivo_vor</metadataPrefix>"), formats);
        assertTrue(formats.contains("<metadataPrefix>oai_dc</metadataPrefix>"), formats);
        assertEquals(null, errorCode(respond("verb", "ListMetadataFormats", "identifier", "ivo://archive.test/org")));
        assertEquals("idDoesNotExist", errorCode(respond("verb", "ListMetadataFormats", "identifier", "ivo://x/y")));
        assertTrue(respond("verb", "ListSets").contains("<setSpec>ivo_managed</setSpec>"));
        assertEquals("badResumptionToken", errorCode(respond("verb", "ListSets", "resumptionToken", "x")));
    }

    @Test
    void listsEveryRecordInBothFormats() throws Exception {
        String vor = respond("verb", "ListRecords", "metadataPrefix", "ivo_vor");
        assertEquals(ALL, identifiers(vor));
        for (String type : List.of("vg:Authority", "vr:Organisation", "vg:Registry", "vs:CatalogService")) {
            assertTrue(vor.contains("xsi:type=\"" + type + "\""), type);
        }
        assertTrue(vor.contains("<spatial>6/250</spatial>"), vor);
        assertTrue(vor.contains("<temporal>60000.5 60010.25</temporal>"), vor);
        assertTrue(vor.contains("<footprint ivo-id=\"ivo://ivoa.net/std/moc\">http://archive.test:8080/coverage/moc.fits"
                + "</footprint>"), vor);
        assertTrue(vor.contains("<accessURL use=\"full\">http://archive.test:8080/sia/query</accessURL>"), vor);
        assertTrue(vor.contains("<name>ivoa.obscore</name>"), vor);
        assertTrue(vor.contains("updated=\"2026-11-20T08:30:15Z\""), "the archive changed with its holdings");
        String dc = respond("verb", "ListRecords", "metadataPrefix", "oai_dc");
        assertEquals(ALL, identifiers(dc));
        assertTrue(dc.contains("<dc:title>Test Archive</dc:title>"), dc);
        String ids = respond("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor", "set", "ivo_managed");
        assertEquals(ALL, identifiers(ids));
        assertFalse(ids.contains("<metadata>"));
        assertFalse(vor.contains("resumptionToken"), "four records fit one page");
    }

    @Test
    void getsOneRecordByIdentifier() throws Exception {
        String xml = respond("verb", "GetRecord", "identifier", "IVO://ARCHIVE.TEST/archive", "metadataPrefix",
                "ivo_vor");
        assertEquals(List.of("ivo://archive.test/archive"), identifiers(xml));
        assertEquals("idDoesNotExist", errorCode(respond("verb", "GetRecord", "identifier", "ivo://archive.test/none",
                "metadataPrefix", "ivo_vor")));
        assertEquals("cannotDisseminateFormat", errorCode(respond("verb", "GetRecord", "identifier",
                "ivo://archive.test/archive", "metadataPrefix", "marc21")));
    }

    @Test
    void selectsByDatestamp() throws Exception {
        assertEquals(List.of("ivo://archive.test/archive"), identifiers(respond("verb", "ListIdentifiers",
                "metadataPrefix", "ivo_vor", "from", "2026-11-20T08:30:15Z")));
        assertEquals(List.of("ivo://archive.test/archive"), identifiers(respond("verb", "ListIdentifiers",
                "metadataPrefix", "ivo_vor", "from", "2026-11-20")));
        assertEquals(ALL.subList(0, 3), identifiers(respond("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor",
                "until", "2026-11-20T08:30:14Z")));
        assertEquals(ALL, identifiers(respond("verb", "ListIdentifiers", "metadataPrefix", "ivo_vor",
                "from", "2026-03-01T12:00:00Z", "until", "2026-11-20T08:30:15Z")));
        assertEquals("noRecordsMatch", errorCode(respond("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-11-20T08:30:16Z")));
        assertEquals("noRecordsMatch", errorCode(respond("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "until", "2026-02-28")));
        assertEquals("noRecordsMatch", errorCode(respond("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "set", "other")));
    }

    @Test
    void answersBadRequestsWithTheirCodesAndNoEcho() throws Exception {
        String bad = respond("verb", "Harvest");
        assertEquals("badVerb", errorCode(bad));
        assertTrue(bad.contains("<request>http://archive.test:8080/oai</request>"), "a bad request is not echoed");
        assertEquals("badVerb", errorCode(respond()));
        assertEquals("badArgument", errorCode(respond("verb", "ListRecords")));
        assertEquals("badArgument", errorCode(respond("verb", "ListRecords", "metadataPrefix", "ivo_vor",
                "from", "2026-13-01")));
        assertEquals("cannotDisseminateFormat", errorCode(respond("verb", "ListIdentifiers", "metadataPrefix", "x")));
        assertEquals("badResumptionToken", errorCode(respond("verb", "ListRecords", "resumptionToken", "garbage!")));
        assertEquals("badResumptionToken", errorCode(respond("verb", "ListRecords", "resumptionToken",
                new ResumptionToken("ivo_vor", "", "", "", 40, repository(10, PUBLISHED).snapshot()).encode())));
    }

    @Test
    void pagesWithResumptionTokensUntilTheListEnds() throws Exception {
        OaiRepository small = repository(3, PUBLISHED);
        String first = respond(small, "verb", "ListRecords", "metadataPrefix", "ivo_vor");
        assertEquals(ALL.subList(0, 3), identifiers(first));
        Matcher token = Pattern.compile("<resumptionToken completeListSize=\"4\" cursor=\"0\">([^<]+)</resumptionToken>")
                .matcher(first);
        assertTrue(token.find(), first);
        String second = respond(small, "verb", "ListRecords", "resumptionToken", token.group(1));
        assertEquals(ALL.subList(3, 4), identifiers(second));
        assertTrue(second.contains("<resumptionToken completeListSize=\"4\" cursor=\"3\"></resumptionToken>")
                || second.contains("<resumptionToken completeListSize=\"4\" cursor=\"3\"/>"), "the last page says so");
        OaiRepository changed = repository(3, PUBLISHED.plusSeconds(60));
        assertEquals("badResumptionToken", errorCode(respond(changed, "verb", "ListRecords", "resumptionToken",
                token.group(1))), "a token from before the records changed is refused");
    }
}
