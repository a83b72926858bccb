package org.voarchive.ingest.rules;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link AssociationTree} as XML in the spirit of ESO CalSelector's association tree: nested
 * {@code association} elements, each with the {@code mainFiles} it is about and the
 * {@code associatedFiles} that calibrate them.
 *
 * <pre>{@code
 * <associationTree version="1" instrument="UVES" complete="false">
 *   <association category="SCIENCE_RED" status="ROOT" complete="false">
 *     <mainFiles>
 *       <file category="SCIENCE_RED" name="UVES.2024-03-12T03:13:15.744.fits" kind="RAW" mjd="60381.134200"
 *             delta="0.000000" certified="false"/>
 *     </mainFiles>
 *     <associatedFiles>
 *       <association category="MASTER_FLAT_RED" status="SATISFIED" complete="true"> ... </association>
 *       <association category="ARC_LAMP_RED" status="MISSING" complete="false" reason="no ARC_LAMP_RED ..."/>
 *     </associatedFiles>
 *   </association>
 * </associationTree>
 * }</pre>
 * {@code delta} is the file's MJD minus its parent's, in days; {@code status} is one of
 * {@link AssociationNode.Status}; unfilled needs (MISSING, OPTIONAL_ABSENT) have a {@code reason} and
 * no files. Elements follow the tree's order (rule order, best candidate first), so equal trees give
 * equal documents. No namespace, like CalSelector's own files.
 */
public final class AssociationTreeXml {

    private static final String INDENT = "  ";

    private AssociationTreeXml() {
    }

    /**
     * Writes the tree as a UTF-8 declared XML document; flushes but never closes the writer.
     *
     * @throws IOException when the writer fails
     */
    public static void write(AssociationTree tree, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("associationTree");
            xml.writeAttribute("version", "1");
            xml.writeAttribute("instrument", tree.instrument());
            xml.writeAttribute("complete", Boolean.toString(tree.complete()));
            association(xml, tree.root(), 1);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the association tree: " + e.getMessage(), e);
        }
    }

    private static void association(XMLStreamWriter xml, AssociationNode node, int level) throws XMLStreamException {
        newLine(xml, level);
        boolean unfilled = node.candidate() == null;
        if (unfilled) {
            xml.writeEmptyElement("association");
        } else {
            xml.writeStartElement("association");
        }
        xml.writeAttribute("category", node.tag());
        xml.writeAttribute("status", node.status().name());
        xml.writeAttribute("complete", Boolean.toString(node.complete()));
        if (!node.reason().isEmpty()) {
            xml.writeAttribute("reason", node.reason());
        }
        if (unfilled) {
            return;
        }
        newLine(xml, level + 1);
        xml.writeStartElement("mainFiles");
        file(xml, node, level + 2);
        newLine(xml, level + 1);
        xml.writeEndElement();
        if (!node.children().isEmpty()) {
            newLine(xml, level + 1);
            xml.writeStartElement("associatedFiles");
            for (AssociationNode child : node.children()) {
                association(xml, child, level + 2);
            }
            newLine(xml, level + 1);
            xml.writeEndElement();
        }
        newLine(xml, level);
        xml.writeEndElement();
    }

    private static void file(XMLStreamWriter xml, AssociationNode node, int level) throws XMLStreamException {
        Candidate candidate = node.candidate();
        newLine(xml, level);
        xml.writeEmptyElement("file");
        xml.writeAttribute("category", candidate.tag());
        xml.writeAttribute("name", candidate.id());
        xml.writeAttribute("kind", candidate.kind().name());
        xml.writeAttribute("mjd", days(candidate.mjd()));
        xml.writeAttribute("delta", days(node.deltaMjd()));
        xml.writeAttribute("certified", Boolean.toString(candidate.certified()));
    }

    private static String days(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static void newLine(XMLStreamWriter xml, int level) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(level));
    }
}
