package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading DAL responses (TABLEDATA VOTables) in the SSA and SIA tests, and checking them with votlint. */
final class DalResponses {

    private DalResponses() {
    }

    /** How many times {@code what} occurs in {@code text}, overlapping occurrences included. */
    static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The values of one column, by FIELD name, in row order. */
    static List<String> column(String xml, String name) throws Exception {
        Document d = parse(xml);
        NodeList fields = d.getElementsByTagNameNS("*", "FIELD");
        int index = -1;
        for (int i = 0; i < fields.getLength(); i++) {
            if (((Element) fields.item(i)).getAttribute("name").equals(name)) {
                index = i;
            }
        }
        assertTrue(index >= 0, "no FIELD " + name + " in\n" + xml);
        List<String> values = new ArrayList<>();
        NodeList rows = d.getElementsByTagNameNS("*", "TR");
        for (int r = 0; r < rows.getLength(); r++) {
            values.add(((Element) rows.item(r)).getElementsByTagNameNS("*", "TD").item(index).getTextContent());
        }
        return values;
    }

    /** The value of the INFO named QUERY_STATUS that comes last (OVERFLOW follows the table). */
    static String queryStatus(String xml) throws Exception {
        NodeList infos = parse(xml).getElementsByTagNameNS("*", "INFO");
        String status = null;
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            if (info.getAttribute("name").equals("QUERY_STATUS")) {
                status = info.getAttribute("value");
            }
        }
        return status;
    }

    /** A 400 answer with a DALI error document that says what was wrong and shows nothing internal. */
    static void assertDaliError(HttpResponse<String> r, String mentions) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("ERROR", queryStatus(r.body()), r.body());
        assertTrue(r.body().contains(mentions), "the message mentions " + mentions + ":\n" + r.body());
        DeployedArchiveTestCase.assertNoInternals(r);
    }

    /** Runs STILTS votlint on a document and asserts it reports neither errors nor warnings. */
    static void assertVotlintClean(String xml) throws Exception {
        Path stilts = Path.of("/usr/bin/stilts");
        assumeTrue(Files.isExecutable(stilts), "skipped: STILTS is not installed (apt-get install stilts)");
        Path file = Files.createTempFile("dal", ".vot");
        try {
            Files.writeString(file, xml);
            Process p = new ProcessBuilder(stilts.toString(), "votlint", "votable=" + file, "version=1.4")
                    .redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "votlint finished");
            assertFalse(report.contains("ERROR") || report.contains("WARNING"), report);
        } finally {
            Files.delete(file);
        }
    }

    /** Runs a pyvo script with Debian's python3; skips where pyvo is not installed. Returns its output. */
    static String pyvo(String script, String... args) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import pyvo").start();
        assumeTrue(check.waitFor() == 0, "skipped: Debian's python3-pyvo is not installed (apt-get install python3-pyvo)");
        List<String> command = new ArrayList<>(List.of(python.toString(), Path.of("src/test/python", script).toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), output);
        return output;
    }
}
