package org.voarchive.server.xml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
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
 * <p>Tests call {@link #validate(String)}; where the schemas are absent (a user's machine) the test is
 * skipped with a message that says so, never passed silently.
 */
public final class IvoaSchemas {

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

    private static Schema schema;

    private IvoaSchemas() {
    }

    /** The directory holding the schemas, whether or not it exists. */
    public static Path directory() {
        return Path.of(System.getProperty("ivoa.xsd.dir", "../../shared/ivoa-xsd")).toAbsolutePath().normalize();
    }

    /** Validates an XML document, failing the test with the schema's message; skips where no schemas are. */
    public static void validate(String xml) {
        Validator validator = schema().newValidator();
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against the IVOA schemas: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static synchronized Schema schema() {
        Path dir = directory();
        assumeTrue(Files.isRegularFile(dir.resolve("VOResource-v1.1.xsd")),
                "skipped: the official IVOA schemas are not at " + dir
                        + " (set -Divoa.xsd.dir to the folder that holds them)");
        if (schema == null) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setResourceResolver(new ByNamespace(dir));
                List<Source> sources = new ArrayList<>();
                for (String file : TOP_LEVEL) {
                    sources.add(new StreamSource(dir.resolve(file).toFile()));
                }
                schema = factory.newSchema(sources.toArray(Source[]::new));
            } catch (SAXException e) {
                throw new AssertionError("the IVOA schemas in " + dir + " do not compile: " + e.getMessage(), e);
            }
        }
        return schema;
    }

    /** Resolves every import and include from the local folder, by namespace, never from the network. */
    private record ByNamespace(Path dir) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            String file = namespace == null ? null : FILES.get(namespace);
            if (file == null) {
                return null;
            }
            Path path = dir.resolve(file);
            return new LocalInput(path.toUri().toString(), publicId);
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
