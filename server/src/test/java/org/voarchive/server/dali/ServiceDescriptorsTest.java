package org.voarchive.server.dali;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.server.xml.IvoaSchemas;

class ServiceDescriptorsTest {

    private static final ServiceDescriptorSource LINKS = columns -> columns.stream()
            .filter(c -> c.name().equalsIgnoreCase("obs_publisher_did"))
            .map(c -> new ServiceDescriptor("dl", "ivo://ivoa.net/std/DataLink#links-1.1", "datalink/links",
                    "links & more", "ID", c.name()))
            .toList();

    private static final List<ColumnDescription> COLUMNS = List.of(
            ColumnDescription.of("s_ra", "double", null, null),
            ColumnDescription.of("OBS_PUBLISHER_DID", "char", "*", null));

    @AfterEach
    void uninstall() {
        ServiceDescriptors.install(List.of(), null);
    }

    private static String write(ResultFormat format, List<ColumnDescription> columns) throws Exception {
        var out = new ByteArrayOutputStream();
        format.writer().write(new ListCursor(columns, List.<Object[]>of(new Object[] {1.0, "ivo://a/ID?x"}), 10), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void resultWithTheColumnCarriesADescriptorReferencingItsField() throws Exception {
        ServiceDescriptors.install(List.of(LINKS), URI.create("https://archive.example/"));
        for (ResultFormat format : List.of(ResultFormat.VOTABLE, ResultFormat.VOTABLE_BINARY2)) {
            String xml = write(format, COLUMNS);
            Matcher field = Pattern.compile("<FIELD[^>]*ID=\"([^\"]+)\"[^>]*name=\"OBS_PUBLISHER_DID\"|"
                    + "<FIELD[^>]*name=\"OBS_PUBLISHER_DID\"[^>]*ID=\"([^\"]+)\"").matcher(xml);
            assertTrue(field.find(), xml);
            String id = field.group(1) != null ? field.group(1) : field.group(2);
            assertTrue(xml.contains("<RESOURCE type=\"meta\" utype=\"adhoc:service\" ID=\"dl\">"), xml);
            assertTrue(xml.contains("value=\"ivo://ivoa.net/std/DataLink#links-1.1\""), xml);
            assertTrue(xml.contains("value=\"https://archive.example/datalink/links\""), xml);
            assertTrue(xml.contains("<PARAM name=\"ID\" datatype=\"char\" arraysize=\"*\" value=\"\" ref=\"" + id + "\"/>"),
                    xml);
            assertTrue(xml.contains("links &amp; more"), xml);
            assertTrue(xml.indexOf("adhoc:service") > xml.indexOf("</TABLE>"), "descriptors follow the results");
            IvoaSchemas.validate(xml);
        }
    }

    @Test
    void resultWithoutTheColumnCarriesNone() throws Exception {
        ServiceDescriptors.install(List.of(LINKS), URI.create("https://archive.example/"));
        String xml = write(ResultFormat.VOTABLE, List.of(ColumnDescription.of("s_ra", "double", null, null),
                ColumnDescription.of("obs_id", "char", "*", null)));
        assertFalse(xml.contains("adhoc:service"), xml);
        assertFalse(xml.contains(" ID=\""), xml);
    }

    @Test
    void withoutAnyBaseUrlNothingIsAdvertised() throws Exception {
        ServiceDescriptors.install(List.of(LINKS), null);
        String xml = write(ResultFormat.VOTABLE, COLUMNS);
        assertFalse(xml.contains("adhoc:service"), "no request has been answered, so no URL is known:\n" + xml);
    }
}
