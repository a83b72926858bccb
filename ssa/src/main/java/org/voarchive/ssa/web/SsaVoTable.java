package org.voarchive.ssa.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.dali.ResultFormat;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * The SSA query response as a VOTable 1.4: {@code QUERY_STATUS} OK first (OVERFLOW after the table when
 * MAXREC cut it short), the protocol's INFOs, the constant SSA values as PARAMs, then the table. Notes
 * about parameters accepted but not used come as INFOs of their own.
 */
final class SsaVoTable {

    static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

    private SsaVoTable() {
    }

    /** The VOTable serialization of a response format, or empty when the format is not VOTable. */
    static Optional<DataFormat> serialization(ResultFormat format) {
        return switch (format) {
            case VOTABLE -> Optional.of(DataFormat.TABLEDATA);
            case VOTABLE_BINARY -> Optional.of(DataFormat.BINARY);
            case VOTABLE_BINARY2 -> Optional.of(DataFormat.BINARY2);
            default -> Optional.empty();
        };
    }

    /**
     * Writes the whole response, then flushes; the stream stays open.
     *
     * @param notes INFOs about the request (name and text), for example a parameter that was not used
     */
    static void write(ResultCursor cursor, DataFormat format, List<String[]> notes, OutputStream out)
            throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        VOSerializer serializer = VOSerializer.makeSerializer(format, VOTableVersion.V14, new CursorTable(cursor));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"" + NS + "\" xmlns:ssa=\"http://www.ivoa.net/xml/DalSsap/v1.0\">\n");
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        w.write("<INFO name=\"SERVICE_PROTOCOL\" value=\"1.1\">SSAP</INFO>\n");
        w.write("<INFO name=\"REQUEST\" value=\"queryData\"/>\n");
        for (String[] note : notes) {
            w.write("<INFO" + VOSerializer.formatAttribute("name", note[0]) + " value=\"not used\">" + VOSerializer.formatText(note[1])
                    + "</INFO>\n");
        }
        w.write("<TABLE>\n");
        constant(w, "DataModel", "ssa:Dataset.DataModel", "Spectrum-1.0", "Data model of the datasets");
        constant(w, "SpaceFrame", "ssa:CoordSys.SpaceFrame.Name", "ICRS", "Frame of the positions");
        constant(w, "SpectralSI", "ssa:Dataset.SpectralSI", "m", "Unit of the spectral coordinates");
        constant(w, "TimeSI", "ssa:Dataset.TimeSI", "d", "Unit of the time coordinates (MJD)");
        serializer.writeFields(w);
        w.flush();
        serializer.writeInlineDataElementUTF8(out);
        w.write("</TABLE>\n");
        if (cursor.overflowed()) {
            w.write("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"/>\n");
        }
        w.write("</RESOURCE>\n</VOTABLE>\n");
        w.flush();
    }

    private static void constant(Writer w, String name, String utype, String value, String description)
            throws IOException {
        w.write("<PARAM" + VOSerializer.formatAttribute("name", name) + VOSerializer.formatAttribute("utype", utype)
                + " datatype=\"char\" arraysize=\"*\"" + VOSerializer.formatAttribute("value", value) + "><DESCRIPTION>" + VOSerializer.formatText(description) + "</DESCRIPTION></PARAM>\n");
    }
}
