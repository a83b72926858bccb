package org.voarchive.datalink.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.voarchive.datalink.links.StoredProduct.RelatedFile;
import org.voarchive.server.xml.IvoaSchemas;

class LinkBuilderTest {

    private static final URI BASE = URI.create("https://archive.example/arc/");
    private static final String DID = "ivo://voarchive.example/ID?ADP.2024-01-01T00:00:00.000";

    private static final StoredProduct PRODUCT = new StoredProduct(DID, "ADP.2024-01-01T00:00:00.000.fits", 2880L * 4,
            "application/fits", "SCIENCE.SPECTRUM", "spectrum", 4.0e-7, 5.0e-7,
            List.of(new RelatedFile("UVES.2024-01-01T00:00:00.000.fits", "raw", 100, "application/fits", "SCIENCE",
                            "SCI_POINT_BLUE", true),
                    new RelatedFile("M.UVES.2024-01-01T10:00:00.000.fits", "master", 200, "application/fits", null,
                            "MASTER_BIAS", true),
                    new RelatedFile("UVES.2024-01-01T11:00:00.000.fits", "raw", 300, "application/fits", "CALIB",
                            "BIAS", false)),
            List.of(new RelatedFile("UVES.2024-01-01T00:00:00.000.assoc.xml", "association", 50, "application/xml",
                    null, null, true)));

    @Test
    void aProductHasEveryKindOfLink() {
        List<Link> links = new LinkBuilder(BASE).links(DID, ProductLookup.found(PRODUCT), "soda1");
        Map<String, List<Link>> by = links.stream().collect(Collectors.groupingBy(Link::semantics));
        assertEquals("https://archive.example/arc/files/ADP.2024-01-01T00:00:00.000.fits",
                by.get(Link.THIS).get(0).accessUrl());
        assertEquals(11520L, by.get(Link.THIS).get(0).contentLength());
        assertEquals("#spectrum", by.get(Link.THIS).get(0).contentQualifier());
        assertEquals("https://archive.example/arc/datalink/preview/ADP.2024-01-01T00:00:00.000.fits.png",
                by.get(Link.PREVIEW).get(0).accessUrl());
        assertEquals(List.of("https://archive.example/arc/files/UVES.2024-01-01T00:00:00.000.fits"),
                by.get(Link.PROGENITOR).stream().map(Link::accessUrl).toList());
        Map<String, Link> calibrations = by.get(Link.CALIBRATION).stream()
                .collect(Collectors.toMap(Link::localSemantics, Function.identity()));
        assertEquals(200L, calibrations.get("master:MASTER_BIAS").contentLength());
        assertTrue(calibrations.get("raw:BIAS").description().contains("behind a master"));
        assertEquals("application/xml", by.get(Link.AUXILIARY).get(0).contentType());
        assertEquals("soda1", by.get(Link.CUTOUT).get(0).serviceDef());
        assertTrue(links.stream().allMatch(l -> l.id().equals(DID) && l.errorMessage() == null));
    }

    @Test
    void unknownAndFilelessIdsGetOneErrorRow() {
        LinkBuilder builder = new LinkBuilder(BASE);
        List<Link> unknown = builder.links("ivo://x/ID?nope", ProductLookup.notPublic(), "soda1");
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).errorMessage().startsWith("NotFoundFault: "), unknown.get(0).errorMessage());
        assertEquals(Link.THIS, unknown.get(0).semantics(), "every row has a term, errors included");
        List<Link> demo = builder.links(DID, ProductLookup.noFile(), "soda1");
        assertEquals("NotFoundFault: no file stored for " + DID, demo.get(0).errorMessage());
    }

    @Test
    void documentIsAValidVoTableWithTheCutoutDescriptor() throws Exception {
        List<Link> links = new LinkBuilder(BASE).links(DID, ProductLookup.found(PRODUCT), "soda1");
        var out = new ByteArrayOutputStream();
        LinksDocument.write(links, List.of(new CutoutDescriptor("soda1", DID, 4.0e-7, 5.0e-7)), BASE, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        IvoaSchemas.validate(xml);
        assertTrue(xml.contains("<RESOURCE type=\"meta\" utype=\"adhoc:service\" ID=\"soda1\">"), xml);
        assertTrue(xml.contains("value=\"ivo://ivoa.net/std/SODA#sync-1.0\""), xml);
        assertTrue(xml.contains("value=\"https://archive.example/arc/datalink/soda\""), xml);
        assertTrue(xml.contains("<MIN value=\"4.00000000e-07 4.00000000e-07\"/><MAX value=\"5.00000000e-07 5.00000000e-07\"/>"), xml);
        assertTrue(xml.contains("xtype=\"circle\"") && xml.contains("xtype=\"polygon\""), xml);
    }
}
