package org.voarchive.server.xml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official IVOA schemas from {@code ../shared/ivoa-xsd} (system property {@code ivoa.xsd.dir}),
 * compiled once into one {@link Schema} with imports resolved by namespace, offline.
 *
 * <p>Where that folder is absent (a user's machine), the schemas that the test dependencies' jars ship
 * ({@code org.opencadc:cadc-dali}, {@code cadc-uws}, {@code cadc-vosi}, {@code cadc-registry}) stand in for
 * it: a document is then validated only when every namespace it uses is among theirs, and otherwise skipped
 * with a message that names what is missing, never passed silently.
 */
public final class IvoaSchemas {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** Namespace to file, as ../shared/ivoa-xsd/MANIFEST.md recommends. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("http://www.ivoa.net/xml/VOTable/v1.3", "VOTable-1.4.xsd"),
            Map.entry("http://www.ivoa.net/xml/UWS/v1.0", "UWS-v1.1.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOSIAvailability/v1.0", "VOSIAvailability-v1.0.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOSICapabilities/v1.0", "VOSICapabilities-v1.0.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOSITables/v1.0", "VOSITables-v1.1.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOResource/v1.0", "VOResource-v1.1.xsd"),
            Map.entry("http://www.ivoa.net/xml/VODataService/v1.1", "VODataService-v1.2.xsd"),
            Map.entry("http://www.ivoa.net/xml/STC/stc-v1.30.xsd", "stc-v1.30.xsd"),
            Map.entry("http://www.ivoa.net/xml/TAPRegExt/v1.0", "TAPRegExt-v1.0-with-erratum1.xsd"),
            Map.entry("http://www.ivoa.net/xml/SIA/v1.1", "SIA-v1.2.xsd"),
            Map.entry("http://www.ivoa.net/xml/SSA/v1.1", "SSA-v1.1.xsd"),
            Map.entry("http://www.ivoa.net/xml/ConeSearch/v1.0", "ConeSearch-v1.1.xsd"),
            Map.entry("http://www.ivoa.net/xml/RegistryInterface/v1.0", "RegistryInterface-v1.0.xsd"),
            Map.entry("http://www.ivoa.net/xml/VORegistry/v1.0", "VORegistry-v1.1.xsd"),
            Map.entry("http://www.openarchives.org/OAI/2.0/", "OAI-PMH.xsd"),
            Map.entry("http://www.openarchives.org/OAI/2.0/oai_dc/", "oai_dc.xsd"),
            Map.entry("http://purl.org/dc/elements/1.1/", "simpledc20021212.xsd"),
            Map.entry("http://www.w3.org/1999/xlink", "xlink.xsd"),
            Map.entry("http://www.w3.org/XML/1998/namespace", "xml.xsd"));

    /** The documents the archive emits; their imports follow by namespace. */
    private static final List<String> TOP_LEVEL = List.of(
            "VOSICapabilities-v1.0.xsd", "VOSIAvailability-v1.0.xsd", "VOSITables-v1.1.xsd",
            "VODataService-v1.2.xsd", "TAPRegExt-v1.0-with-erratum1.xsd", "SIA-v1.2.xsd", "SSA-v1.1.xsd",
            "UWS-v1.1.xsd", "VOTable-1.4.xsd", "VORegistry-v1.1.xsd", "OAI-PMH.xsd", "oai_dc.xsd");

    /**
     * Namespace to classpath resource in the test dependencies' jars, each compiled as a top-level schema: the
     * same schemas as the files above but for whitespace, comments and a version attribute. cadc-vosi's
     * VOSITables-v1.0.xsd is in fact VOSITables 1.1 (it declares the {@code table} root of /tables/{name}).
     * Left out, so that documents using them skip: SIA, whose cadc-registry SIA-v1.1.xsd fixes standardID to
     * ivo://ivoa.net/std/SIA and so rejects SIA-2 capabilities; SSA, OAI-PMH and Dublin Core, which no jar
     * ships; and VORegistry and RegistryInterface, which only OAI-PMH answers use.
     */
    private static final Map<String, String> JAR_RESOURCES = Map.ofEntries(
            Map.entry("http://www.ivoa.net/xml/VOTable/v1.3", "VOTable-v1.4.xsd"),
            Map.entry("http://www.ivoa.net/xml/UWS/v1.0", "UWS-v1.1.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOSIAvailability/v1.0", "VOSIAvailability-v1.0.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOSICapabilities/v1.0", "VOSICapabilities-v1.0.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOSITables/v1.0", "VOSITables-v1.0.xsd"),
            Map.entry("http://www.ivoa.net/xml/VOResource/v1.0", "VOResource-v1.1-with-erratum1.xsd"),
            Map.entry("http://www.ivoa.net/xml/VODataService/v1.1", "VODataService-v1.2.xsd"),
            Map.entry("http://www.ivoa.net/xml/STC/stc-v1.30.xsd", "STC-v1.3.xsd"),
            Map.entry("http://www.ivoa.net/xml/TAPRegExt/v1.0", "TAPRegExt-v1.0-with-erratum1.xsd"),
            Map.entry("http://www.w3.org/1999/xlink", "XLINK.xsd"));

    private static Schemas schemas;

    private IvoaSchemas() {
    }

    /** The directory holding the schemas, whether or not it exists. */
    public static Path directory() {
        return Path.of(System.getProperty("ivoa.xsd.dir", "../../shared/ivoa-xsd")).toAbsolutePath().normalize();
    }

    /** Validates an XML document, failing the test with the schema's message; skips what no schema here covers. */
    public static void validate(String xml) {
        schemas().validate(xml);
    }

    private static synchronized Schemas schemas() {
        if (schemas == null) {
            Path dir = directory();
            schemas = Files.isRegularFile(dir.resolve("VOResource-v1.1.xsd")) ? fromDirectory(dir) : fromJars();
        }
        return schemas;
    }

    private static Schemas fromDirectory(Path dir) {
        Map<String, String> systemIds = new HashMap<>();
        FILES.forEach((namespace, file) -> systemIds.put(namespace, dir.resolve(file).toUri().toString()));
        List<String> topLevel = TOP_LEVEL.stream().map(file -> dir.resolve(file).toUri().toString()).toList();
        return new Schemas(compile(systemIds, topLevel, dir.toString()), null);
    }

    /** The fallback from the jars' resources; package-private so that a test can use it beside ../shared too. */
    static Schemas fromJars() {
        Map<String, String> systemIds = new HashMap<>();
        JAR_RESOURCES.forEach((namespace, resource) -> {
            URL url = IvoaSchemas.class.getResource("/" + resource);
            if (url == null) {
                throw new AssertionError(resource + " is not on the test classpath: this module needs the "
                        + "org.opencadc schema jars as test dependencies (see the root pom)");
            }
            systemIds.put(namespace, url.toString());
        });
        return new Schemas(compile(systemIds, List.copyOf(systemIds.values()), "the org.opencadc jars"),
                JAR_RESOURCES.keySet());
    }

    private static Schema compile(Map<String, String> systemIds, List<String> topLevel, String where) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new ByNamespace(systemIds));
            return factory.newSchema(topLevel.stream().map(StreamSource::new).toArray(Source[]::new));
        } catch (SAXException e) {
            throw new AssertionError("the IVOA schemas in " + where + " do not compile: " + e.getMessage(), e);
        }
    }

    /**
     * A compiled schema and the namespaces it covers, or null for the full official set, which covers all
     * that the archive emits.
     */
    record Schemas(Schema schema, Set<String> covered) {

        void validate(String xml) {
            if (covered != null) {
                Set<String> missing = namespaces(xml);
                missing.removeAll(covered);
                assumeTrue(missing.isEmpty(), () -> "skipped: the schemas of " + missing + " are not among those "
                        + "the test dependencies ship, only in ../shared/ivoa-xsd, looked for at " + directory()
                        + " (set -Divoa.xsd.dir to that folder)");
            }
            Validator validator = schema.newValidator();
            try {
                validator.validate(new StreamSource(new StringReader(xml)));
            } catch (SAXException e) {
                throw new AssertionError("not valid against the IVOA schemas: " + e.getMessage() + "\n" + xml, e);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        /** Every namespace of an element, an attribute or an xsi:type value, sorted, but xsi's own. */
        private static Set<String> namespaces(String xml) {
            Set<String> used = new HashSet<>();
            try {
                XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        used.add(reader.getNamespaceURI());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            used.add(reader.getAttributeNamespace(i));
                        }
                        String type = reader.getAttributeValue(XSI, "type");
                        if (type != null) {
                            int colon = type.indexOf(':');
                            used.add(reader.getNamespaceURI(colon < 0 ? "" : type.substring(0, colon).strip()));
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
            }
            used.removeIf(namespace -> namespace == null || namespace.isEmpty() || namespace.equals(XSI));
            return new TreeSet<>(used);
        }
    }

    /** Resolves every import and include by namespace from the local files or jars, never from the network. */
    private record ByNamespace(Map<String, String> systemIds) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            String local = namespace == null ? null : systemIds.get(namespace);
            return local == null ? null : new LocalInput(local, publicId);
        }
    }

    private record LocalInput(String systemId, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return null; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
