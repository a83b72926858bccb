package org.voarchive.ssa.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.voarchive.server.dali.CursorStarTable;
import org.voarchive.server.dali.ResultFormat;
import org.voarchive.server.tables.ColumnDescription;
import org.voarchive.ssa.query.SsaLimits;
import org.voarchive.ssa.query.SsaQuery;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowListStarTable;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * The answer to FORMAT=METADATA: every input parameter as an {@code INPUT:} PARAM with its description,
 * default, range or options, and the fields of a query response, with no rows.
 */
final class SsaMetadata {

    private SsaMetadata() {
    }

    /**
     * Writes the document, then flushes; the stream stays open.
     *
     * @param fields the response's columns, as a query would describe them
     */
    static void write(List<ColumnDescription> fields, SsaLimits limits, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"" + SsaVoTable.NS
                + "\" xmlns:ssa=\"http://www.ivoa.net/xml/DalSsap/v1.0\">\n");
        w.write("<RESOURCE type=\"results\">\n");
        w.write("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n");
        w.write("<INFO name=\"SERVICE_PROTOCOL\" value=\"1.1\">SSAP</INFO>\n");
        text(w, SsaQuery.REQUEST, "queryData", "The operation: queryData", List.of("queryData"));
        text(w, SsaQuery.VERSION, "1.1", "The SSA version the client speaks; 1.x is accepted", List.of());
        text(w, SsaQuery.POS, "", "Centre of the search region: ra,dec in decimal degrees, ICRS, optionally "
                + "followed by ;ICRS. Spectra whose position lies within SIZE/2 of it are returned, nearest first",
                List.of());
        number(w, SsaQuery.SIZE, "double", "deg", Double.toString(limits.defaultSize()), "0",
                Double.toString(2 * limits.maxSearchRadius()), "Diameter of the search region, degrees");
        text(w, SsaQuery.BAND, "", "Wavelengths in metres (observer frame): a value the spectrum must cover, or "
                + "a range lo/hi (either end may be open) it must overlap; several separated by commas", List.of());
        text(w, SsaQuery.TIME, "", "ISO 8601 times (UTC): an instant the observation must cover, or a range "
                + "start/end it must overlap; several separated by commas", List.of());
        text(w, SsaQuery.FORMAT, "all", "Dataset formats wanted: an SSA format name or a MIME type, several "
                + "separated by commas; METADATA returns this description", List.of("all", "compliant", "native",
                        "votable", "fits", "xml", "graphic", "application/fits", "METADATA"));
        text(w, SsaQuery.TARGETNAME, "", "Name of the target, compared without regard to case", List.of());
        text(w, SsaQuery.COLLECTION, "", "Data collections (obs_collection), several separated by commas",
                List.of());
        text(w, SsaQuery.SPECRP, "", "Minimum spectral resolving power lambda/dlambda", List.of());
        text(w, SsaQuery.SNR, "", "Minimum signal-to-noise ratio", List.of());
        text(w, SsaQuery.REDSHIFT, "", "Accepted for compatibility but not used: the archive holds no "
                + "redshifts, and the response says so in an INFO", List.of());
        number(w, "MAXREC", "long", null, Long.toString(limits.defaultMaxrec()), "0",
                Long.toString(limits.hardMaxrec()), "The most rows to return");
        text(w, "RESPONSEFORMAT", ResultFormat.VOTABLE.mimeType(), "Format of the response table",
                java.util.Arrays.stream(ResultFormat.values()).map(ResultFormat::mimeType).toList());
        ColumnInfo[] infos = fields.stream().map(CursorStarTable::columnInfo).toArray(ColumnInfo[]::new);
        VOSerializer serializer = VOSerializer.makeSerializer(DataFormat.TABLEDATA, VOTableVersion.V14,
                new RowListStarTable(infos));
        w.write("<TABLE>\n");
        serializer.writeFields(w);
        w.flush();
        serializer.writeInlineDataElementUTF8(out);
        w.write("</TABLE>\n</RESOURCE>\n</VOTABLE>\n");
        w.flush();
    }

    private static void text(BufferedWriter w, String name, String value, String description, List<String> options)
            throws IOException {
        w.write("<PARAM" + VOSerializer.formatAttribute("name", "INPUT:" + name)
                + " datatype=\"char\" arraysize=\"*\"" + VOSerializer.formatAttribute("value", value) + ">");
        w.write("<DESCRIPTION>" + VOSerializer.formatText(description) + "</DESCRIPTION>");
        if (!options.isEmpty()) {
            w.write("<VALUES>");
            for (String option : options) {
                w.write("<OPTION" + VOSerializer.formatAttribute("value", option) + "/>");
            }
            w.write("</VALUES>");
        }
        w.write("</PARAM>\n");
    }

    private static void number(BufferedWriter w, String name, String datatype, String unit, String value, String min,
            String max, String description) throws IOException {
        w.write("<PARAM" + VOSerializer.formatAttribute("name", "INPUT:" + name) + " datatype=\"" + datatype + "\""
                + (unit == null ? "" : VOSerializer.formatAttribute("unit", unit))
                + VOSerializer.formatAttribute("value", value) + ">");
        w.write("<DESCRIPTION>" + VOSerializer.formatText(description) + "</DESCRIPTION>");
        w.write("<VALUES><MIN" + VOSerializer.formatAttribute("value", min) + "/><MAX"
                + VOSerializer.formatAttribute("value", max) + "/></VALUES>");
        w.write("</PARAM>\n");
    }
}
