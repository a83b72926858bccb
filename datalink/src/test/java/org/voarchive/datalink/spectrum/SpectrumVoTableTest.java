package org.voarchive.datalink.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.NullDataHDU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpectrumVoTableTest {

    private static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

    @TempDir
    Path dir;

    @Test
    void writesValuesUnitsAndUtypesOfThePhase3Spectrum() throws Exception {
        Document doc = votable(spectrum("SCIENCE.SPECTRUM", "HD 1234 & <friends>"));
        Element table = (Element) doc.getElementsByTagNameNS(NS, "TABLE").item(0);
        assertEquals("spec:Spectrum", table.getAttribute("utype"));
        NodeList fields = doc.getElementsByTagNameNS(NS, "FIELD");
        assertEquals(4, fields.getLength());
        Element wave = (Element) fields.item(0);
        assertEquals("WAVE", wave.getAttribute("name"));
        assertEquals("nm", wave.getAttribute("unit"));
        assertEquals("spec:Data.SpectralAxis.Value", wave.getAttribute("utype"));
        assertEquals("em.wl", wave.getAttribute("ucd"));
        assertEquals("spec:Data.FluxAxis.Accuracy.StatError", ((Element) fields.item(2)).getAttribute("utype"));
        assertEquals("int", ((Element) fields.item(3)).getAttribute("datatype"));

        assertEquals("HD 1234 & <friends>", param(doc, "spec:Target.Name").getAttribute("value"));
        assertEquals("UVES spectrum of HD 1234", param(doc, "spec:DataID.Title").getAttribute("value"));
        assertEquals("150.5 -2.25",
                param(doc, "spec:Char.SpatialAxis.Coverage.Location.Value").getAttribute("value"));
        Element start = param(doc, "spec:Char.SpectralAxis.Coverage.Bounds.Start");
        assertEquals(400.0, Double.parseDouble(start.getAttribute("value")));
        assertEquals("nm", start.getAttribute("unit"));
        assertEquals(402.0, Double.parseDouble(param(doc, "spec:Char.SpectralAxis.Coverage.Bounds.Stop")
                .getAttribute("value")));
        assertEquals(42000.0, Double.parseDouble(param(doc, "spec:Char.SpectralAxis.ResPower").getAttribute("value")));
        assertEquals(35.5, Double.parseDouble(param(doc, "spec:Derived.SNR").getAttribute("value")));
        assertEquals("ivo://test.example/ID?ADP.X", param(doc, "spec:Curation.PublisherDID").getAttribute("value"));

        NodeList rows = doc.getElementsByTagNameNS(NS, "TR");
        assertEquals(3, rows.getLength());
        NodeList second = ((Element) rows.item(1)).getElementsByTagNameNS(NS, "TD");
        assertEquals(401.0, Double.parseDouble(second.item(0).getTextContent()));
        assertEquals(11.0, Double.parseDouble(second.item(1).getTextContent()));
        assertEquals("1", second.item(3).getTextContent());
        // the NaN flux of the last bin is an empty cell, VOTable's null
        assertEquals("", ((Element) rows.item(2)).getElementsByTagNameNS(NS, "TD").item(1).getTextContent());
    }

    @Test
    void refusesAnImageProduct() throws Exception {
        Path image = spectrum("SCIENCE.IMAGE", "M 31");
        assertThrows(NotASpectrumException.class, () -> SpectrumProduct.read(image));
    }

    private static Element param(Document doc, String utype) {
        NodeList params = doc.getElementsByTagNameNS(NS, "PARAM");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            if (p.getAttribute("utype").equals(utype)) {
                return p;
            }
        }
        throw new AssertionError("no PARAM with utype " + utype);
    }

    private static Document votable(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpectrumVoTable.write(SpectrumProduct.read(file), "ivo://test.example/ID?ADP.X", out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    /** An empty primary HDU and a one-row SPECTRUM table of three bins, as the archive's products are. */
    private Path spectrum(String prodcatg, String object) throws Exception {
        NullDataHDU primary = new NullDataHDU();
        Header ph = primary.getHeader();
        ph.addValue("PRODCATG", prodcatg, "");
        ph.addValue("OBJECT", object, "");
        ph.addValue("RA", 150.5, "");
        ph.addValue("DEC", -2.25, "");
        ph.addValue("WAVELMIN", 400.0, "");
        ph.addValue("WAVELMAX", 402.0, "");
        ph.addValue("SPEC_RES", 42000.0, "");
        ph.addValue("SNR", 35.5, "");
        BinaryTable table = new BinaryTable();
        table.addColumn(new double[][] {{400.0, 401.0, 402.0}});
        table.addColumn(new double[][] {{10.0, 11.0, Double.NaN}});
        table.addColumn(new double[][] {{0.5, 0.6, 0.7}});
        table.addColumn(new int[][] {{0, 1, 1}});
        BinaryTableHDU hdu = table.toHDU();
        Header h = hdu.getHeader();
        h.addValue("EXTNAME", "SPECTRUM", "");
        h.addValue("TITLE", "UVES spectrum of HD 1234", "");
        h.addValue("OBJECT", object, "");
        h.addValue("RA", 150.5, "");
        h.addValue("DEC", -2.25, "");
        String[][] columns = {{"WAVE", "nm", "spec:Data.SpectralAxis.Value", "em.wl"},
            {"FLUX", "adu", "spec:Data.FluxAxis.Value", "phot.count"},
            {"ERR", "adu", "spec:Data.FluxAxis.Accuracy.StatError", "stat.error;phot.count"},
            {"QUAL", "", "spec:Data.FluxAxis.Accuracy.QualityStatus", "meta.code.qual"}};
        for (int i = 0; i < columns.length; i++) {
            int n = i + 1;
            h.addValue("TTYPE" + n, columns[i][0], "");
            if (!columns[i][1].isEmpty()) {
                h.addValue("TUNIT" + n, columns[i][1], "");
            }
            h.addValue("TUTYP" + n, columns[i][2], "");
            h.addValue("TUCD" + n, columns[i][3], "");
        }
        Path file = dir.resolve(prodcatg + ".fits");
        try (Fits fits = new Fits()) {
            fits.addHDU(primary);
            fits.addHDU(hdu);
            fits.write(file.toFile());
        }
        return file;
    }
}
