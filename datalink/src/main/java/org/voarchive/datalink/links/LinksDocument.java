package org.voarchive.datalink.links;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import uk.ac.starlink.votable.VOSerializer;

/**
 * Writes a DataLink 1.1 {links} VOTable: the standard's columns in TABLEDATA, then one SODA service
 * descriptor per product that has a {@code #cutout} row. Never closes the stream.
 */
final class LinksDocument {

    static final String MIME_TYPE = "application/x-votable+xml;content=datalink";

    private static final String[][] FIELDS = {
        // name, datatype, ucd, unit, description
        {"ID", "char", "meta.id;meta.main", null, "Input identifier"},
        {"access_url", "char", "meta.ref.url", null, "Link to data or documentation"},
        {"service_def", "char", "meta.ref", null, "Reference to a service descriptor resource"},
        {"error_message", "char", "meta.code.error", null, "Error if an access_url cannot be created"},
        {"semantics", "char", "meta.code", null, "Term from the DataLink vocabulary: what the link is"},
        {"description", "char", "meta.note", null, "Human-readable text describing this link"},
        {"content_type", "char", "meta.code.mime", null, "Mime-type of the content the link returns"},
        {"content_length", "long", "phys.size;meta.file", "byte", "Size of the download the link returns"},
        {"content_qualifier", "char", "meta.code.class", null, "Product type of the linked content"},
        {"local_semantics", "char", "meta.code", null, "This archive's term for the link"},
    };

    private LinksDocument() {
    }

    static void write(List<Link> links, List<CutoutDescriptor> cutouts, URI base, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        w.write("<RESOURCE type=\"results\">\n<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/>\n");
        w.write("<TABLE>\n");
        for (String[] f : FIELDS) {
            w.write("<FIELD name=\"" + f[0] + "\" datatype=\"" + f[1] + "\""
                    + ("char".equals(f[1]) ? " arraysize=\"*\"" : "") + " ucd=\"" + f[2] + "\""
                    + (f[3] == null ? "" : " unit=\"" + f[3] + "\"") + ">\n<DESCRIPTION>" + f[4]
                    + "</DESCRIPTION>\n</FIELD>\n");
        }
        w.write("<DATA><TABLEDATA>\n");
        for (Link l : links) {
            w.write("<TR>");
            for (Object v : new Object[] {l.id(), l.accessUrl(), l.serviceDef(), l.errorMessage(), l.semantics(),
                l.description(), l.contentType(), l.contentLength(), l.contentQualifier(), l.localSemantics()}) {
                w.write(v == null ? "<TD/>" : "<TD>" + VOSerializer.formatText(v.toString()) + "</TD>");
            }
            w.write("</TR>\n");
        }
        w.write("</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>\n");
        for (CutoutDescriptor c : cutouts) {
            writeCutout(c, base, w);
        }
        w.write("</VOTABLE>\n");
        w.flush();
    }

    private static void writeCutout(CutoutDescriptor c, URI base, Writer w) throws IOException {
        w.write("<RESOURCE type=\"meta\" utype=\"adhoc:service\" ID=\"" + c.id() + "\">\n");
        w.write("<DESCRIPTION>SODA synchronous cutout of " + VOSerializer.formatText(c.did()) + "</DESCRIPTION>\n");
        w.write(text("standardID", CutoutDescriptor.STANDARD_ID));
        w.write(text("accessURL", base.resolve(CutoutDescriptor.ACCESS_PATH).toString()));
        w.write("<GROUP name=\"inputParams\">\n");
        w.write("<PARAM name=\"ID\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.id;meta.dataset\" value=\""
                + VOSerializer.formatText(c.did()) + "\"/>\n");
        w.write("<PARAM name=\"CIRCLE\" datatype=\"double\" arraysize=\"3\" xtype=\"circle\" unit=\"deg\""
                + " ucd=\"pos.outline;obs\" value=\"\">\n<DESCRIPTION>Region to cut out: RA, Dec, radius"
                + "</DESCRIPTION>\n</PARAM>\n");
        w.write("<PARAM name=\"POLYGON\" datatype=\"double\" arraysize=\"*\" xtype=\"polygon\" unit=\"deg\""
                + " ucd=\"pos.outline;obs\" value=\"\">\n<DESCRIPTION>Region to cut out: RA, Dec of each vertex"
                + "</DESCRIPTION>\n</PARAM>\n");
        w.write("<PARAM name=\"BAND\" datatype=\"double\" arraysize=\"2\" xtype=\"interval\" unit=\"m\""
                + " ucd=\"em.wl;stat.interval\" value=\"\">\n<DESCRIPTION>Wavelength interval to cut out"
                + "</DESCRIPTION>\n");
        if (Double.isFinite(c.emMin()) && Double.isFinite(c.emMax())) {
            // bounds of each of the interval's two elements, so that MIN and MAX are values of the PARAM's type
            String min = number(c.emMin());
            String max = number(c.emMax());
            w.write("<VALUES><MIN value=\"" + min + " " + min + "\"/><MAX value=\"" + max + " " + max
                    + "\"/></VALUES>\n");
        }
        w.write("</PARAM>\n</GROUP>\n</RESOURCE>\n");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.9g", v);
    }

    private static String text(String name, String value) {
        return "<PARAM name=\"" + name + "\" datatype=\"char\" arraysize=\"*\" value=\""
                + VOSerializer.formatText(value) + "\"/>\n";
    }
}
