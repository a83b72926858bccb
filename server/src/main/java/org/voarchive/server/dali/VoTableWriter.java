package org.voarchive.server.dali;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * Writes a DALI result VOTable 1.4: {@code RESOURCE type="results"} with {@code QUERY_STATUS} OK before
 * the table and, when MAXREC cut the result short, {@code QUERY_STATUS} OVERFLOW after it. STIL writes
 * the fields and the data in the chosen serialization. After the results come the service descriptors
 * that {@link ServiceDescriptors} finds for the columns (DataLink for {@code obs_publisher_did}), each
 * referencing its column's FIELD by an ID the FIELD is given for it.
 */
public final class VoTableWriter implements ResultWriter {

    static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

    private final DataFormat format;

    private VoTableWriter(DataFormat format) {
        this.format = format;
    }

    static VoTableWriter tabledata() {
        return new VoTableWriter(DataFormat.TABLEDATA);
    }

    static VoTableWriter binary() {
        return new VoTableWriter(DataFormat.BINARY);
    }

    static VoTableWriter binary2() {
        return new VoTableWriter(DataFormat.BINARY2);
    }

    /**
     * What a protocol adds to the result document: namespace declarations on the VOTABLE element (for
     * utypes), INFOs in the results RESOURCE after QUERY_STATUS, and PARAMs in the TABLE before its
     * FIELDs, each as complete XML elements.
     */
    public record Additions(String namespaces, List<String> infos, List<String> params) {

        public static final Additions NONE = new Additions("", List.of(), List.of());
    }

    @Override
    public void write(ResultCursor cursor, OutputStream out) throws IOException {
        write(cursor, Additions.NONE, out);
    }

    /** Writes the whole result document with a protocol's additions, then flushes; the stream stays open. */
    public void write(ResultCursor cursor, Additions additions, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        List<ServiceDescriptor> descriptors = ServiceDescriptors.forColumns(cursor.columns());
        Optional<URI> base = ServiceDescriptors.base();
        if (base.isEmpty()) {
            descriptors = List.of();
        }
        CursorStarTable table = new CursorStarTable(cursor);
        for (ServiceDescriptor d : descriptors) {
            int column = ServiceDescriptors.columnIndex(cursor.columns(), d.column());
            table.identify(column, ServiceDescriptors.fieldId(column));
        }
        VOSerializer serializer = VOSerializer.makeSerializer(format, VOTableVersion.V14, table);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + additions.namespaces() + ">\n");
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        for (String info : additions.infos()) {
            w.write(info);
            w.write('\n');
        }
        w.write("<TABLE>\n");
        for (String param : additions.params()) {
            w.write(param);
            w.write('\n');
        }
        serializer.writeFields(w);
        // the data go straight to the byte stream: STIL's UTF-8 path avoids a char conversion per byte
        w.flush();
        serializer.writeInlineDataElementUTF8(out);
        w.write("</TABLE>\n");
        if (cursor.overflowed()) {
            w.write("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>\n");
        }
        w.write("</RESOURCE>\n");
        for (ServiceDescriptor d : descriptors) {
            int column = ServiceDescriptors.columnIndex(cursor.columns(), d.column());
            ServiceDescriptors.write(d, ServiceDescriptors.fieldId(column), base.orElseThrow(), w);
        }
        w.write("</VOTABLE>\n");
        w.flush();
    }
}
