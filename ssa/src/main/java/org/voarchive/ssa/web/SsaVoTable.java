package org.voarchive.ssa.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.voarchive.server.dali.ResultCursor;
import org.voarchive.server.dali.VoTableWriter;
import uk.ac.starlink.votable.VOSerializer;

/**
 * The SSA query response: the archive's result VOTable (QUERY_STATUS, the table, OVERFLOW, the DataLink
 * service descriptor) with SSA's additions: the protocol's INFOs, the constant SSA values as PARAMs, and
 * INFOs of their own for parameters accepted but not used.
 */
final class SsaVoTable {

    static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

    private SsaVoTable() {
    }

    /**
     * Writes the whole response, then flushes; the stream stays open.
     *
     * @param notes INFOs about the request (name and text), for example a parameter that was not used
     */
    static void write(ResultCursor cursor, VoTableWriter writer, List<String[]> notes, OutputStream out)
            throws IOException {
        List<String> infos = new ArrayList<>();
        infos.add("<INFO name=\"SERVICE_PROTOCOL\" value=\"1.1\">SSAP</INFO>");
        infos.add("<INFO name=\"REQUEST\" value=\"queryData\"/>");
        for (String[] note : notes) {
            infos.add("<INFO" + VOSerializer.formatAttribute("name", note[0]) + " value=\"not used\">"
                    + VOSerializer.formatText(note[1]) + "</INFO>");
        }
        List<String> params = List.of(
                constant("DataModel", "ssa:Dataset.DataModel", "Spectrum-1.0", "Data model of the datasets"),
                constant("SpaceFrame", "ssa:CoordSys.SpaceFrame.Name", "ICRS", "Frame of the positions"),
                constant("SpectralSI", "ssa:Dataset.SpectralSI", "m", "Unit of the spectral coordinates"),
                constant("TimeSI", "ssa:Dataset.TimeSI", "d", "Unit of the time coordinates (MJD)"));
        writer.write(cursor,
                new VoTableWriter.Additions(" xmlns:ssa=\"http://www.ivoa.net/xml/DalSsap/v1.0\"", infos, params), out);
    }

    private static String constant(String name, String utype, String value, String description) {
        return "<PARAM" + VOSerializer.formatAttribute("name", name) + VOSerializer.formatAttribute("utype", utype)
                + " datatype=\"char\" arraysize=\"*\"" + VOSerializer.formatAttribute("value", value) + "><DESCRIPTION>"
                + VOSerializer.formatText(description) + "</DESCRIPTION></PARAM>";
    }
}
