package org.voarchive.ingest.rules;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML into a DOM whose elements remember the line they start on, which the JDK's DOM builder
 * forgets; built through SAX with DTDs and external entities refused.
 */
final class LocatedXml {

    private static final String LINE = "line";

    private LocatedXml() {
    }

    static Document read(String source, InputStream in) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.newSAXParser().parse(in, new Builder(document, source));
            return document;
        } catch (SAXParseException e) {
            throw new RuleFileException(source + " line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new RuleFileException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RuleFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The line an element starts on, or 0 when unknown. */
    static int line(Node node) {
        return node.getUserData(LINE) instanceof Integer line ? line : 0;
    }

    private static final class Builder extends DefaultHandler {

        private final Document document;
        private final String source;
        private Node current;
        private Locator locator;

        Builder(Document document, String source) {
            this.document = document;
            this.source = source;
            this.current = document;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                element.setAttribute(attributes.getQName(i), attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            current.appendChild(element);
            current = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            String text = new String(ch, start, length);
            if (!text.isBlank()) {
                int line = locator == null ? 0 : locator.getLineNumber();
                throw new RuleFileException(source + " line " + line + ": unexpected text \"" + text.strip()
                        + "\" in <" + current.getNodeName() + ">; rule files carry everything in attributes");
            }
        }
    }
}
