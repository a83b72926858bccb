package org.voarchive.ingest.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class AssociationTreeXmlTest {

    private static String xml(List<Candidate> calibrations) throws Exception {
        AssociationTree tree = new Associator(Fixtures.RULES).tree("UVES", AssociationTreeTest.SCIENCE,
                Fixtures.catalog("UVES", calibrations));
        StringWriter out = new StringWriter();
        AssociationTreeXml.write(tree, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    @Test
    void theTreeIsWrittenAsNestedAssociations() throws Exception {
        Document doc = parse(xml(AssociationTreeTest.calibrations()));
        Element root = doc.getDocumentElement();
        assertEquals("associationTree", root.getTagName());
        assertEquals("UVES", root.getAttribute("instrument"));
        assertEquals("true", root.getAttribute("complete"));

        Element science = only(root, "association");
        assertEquals("SCIENCE_RED", science.getAttribute("category"));
        assertEquals("ROOT", science.getAttribute("status"));
        Element scienceFile = only(only(science, "mainFiles"), "file");
        assertEquals("UVES.2024-03-12T03:13:15.744.fits", scienceFile.getAttribute("name"));
        assertEquals("60381.134200", scienceFile.getAttribute("mjd"));
        assertEquals("RAW", scienceFile.getAttribute("kind"));

        List<Element> needs = children(only(science, "associatedFiles"), "association");
        assertEquals(List.of("MASTER_BIAS_RED", "MASTER_FLAT_RED", "ARC_LAMP_RED", "STANDARD_RED"),
                needs.stream().map(e -> e.getAttribute("category")).toList());
        Element flat = needs.get(1);
        Element flatFile = only(only(flat, "mainFiles"), "file");
        assertEquals("M_FLAT_RED.fits", flatFile.getAttribute("name"));
        assertEquals("0.500000", flatFile.getAttribute("delta"));
        assertEquals("true", flatFile.getAttribute("certified"));
        assertEquals("MASTER", flatFile.getAttribute("kind"));
        Element flatBias = children(only(flat, "associatedFiles"), "association").get(0);
        assertEquals("M_BIAS_RED.after.fits", only(only(flatBias, "mainFiles"), "file").getAttribute("name"));
        assertTrue(children(flatBias, "associatedFiles").isEmpty());

        Element standard = needs.get(3);
        assertEquals("OPTIONAL_ABSENT", standard.getAttribute("status"));
        assertTrue(standard.getAttribute("reason").startsWith("no STANDARD_RED"));
        assertTrue(children(standard, "mainFiles").isEmpty());
    }

    @Test
    void aMissingArcIsFlaggedAndTheOutputIsStable() throws Exception {
        List<Candidate> all = AssociationTreeTest.calibrations();
        all.removeIf(c -> c.tag().equals("ARC_LAMP_RED"));
        String text = xml(all);
        Element root = parse(text).getDocumentElement();
        assertEquals("false", root.getAttribute("complete"));
        Element science = only(root, "association");
        assertEquals("false", science.getAttribute("complete"));
        Element arc = children(only(science, "associatedFiles"), "association").get(2);
        assertEquals("ARC_LAMP_RED", arc.getAttribute("category"));
        assertEquals("MISSING", arc.getAttribute("status"));
        assertTrue(arc.getAttribute("reason").contains("within ±3 days"), arc.getAttribute("reason"));
        List<Candidate> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        assertEquals(text, xml(reversed));
    }
}
