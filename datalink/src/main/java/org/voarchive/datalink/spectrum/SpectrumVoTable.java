package org.voarchive.datalink.spectrum;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalDouble;
import uk.ac.starlink.votable.VOSerializer;

/**
 * Writes a spectrum in the VOTable serialization of the IVOA Spectrum data model 1.x: a TABLE of one row
 * per bin (the FITS product's columns with their units, utypes and UCDs) and the product's metadata as
 * PARAMs with {@code spec:} utypes, in GROUPs named after the model's classes. Every text is escaped.
 */
final class SpectrumVoTable {

    static final String CONTENT_TYPE = "application/x-votable+xml";
    private static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";
    private static final String SPEC_NS = "http://www.ivoa.net/xml/SpectrumModel/v1.01";

    private SpectrumVoTable() {
    }

    /**
     * Writes the document, then flushes; the stream stays open.
     *
     * @param publisherDid the product's publisher DID
     */
    static void write(SpectrumProduct s, String publisherDid, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String waveUnit = s.wave().unit();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"" + NS + "\" xmlns:spec=\"" + SPEC_NS + "\">\n");
        w.write("<RESOURCE type=\"results\" utype=\"spec:Spectrum\">\n");
        w.write("<TABLE" + attr("name", "SPECTRUM") + attr("utype", "spec:Spectrum") + ">\n");
        w.write("<DESCRIPTION>" + VOSerializer.formatText(s.title().orElse("Spectrum")) + "</DESCRIPTION>\n");
        w.write(text("DataModel", "spec:Spectrum.DataModel", null, "Spectrum-1.0"));
        w.write(text("SpaceFrame", "spec:CoordSys.SpaceFrame.Name", null, "ICRS"));
        group("DataID", "spec:DataID", w,
                s.title().map(t -> text("Title", "spec:DataID.Title", "meta.title;meta.dataset", t)).orElse(""));
        group("Curation", "spec:Curation", w,
                text("PublisherDID", "spec:Curation.PublisherDID", "meta.ref.uri;meta.curation", publisherDid));
        group("Target", "spec:Target", w,
                s.object().map(o -> text("TargetName", "spec:Target.Name", "meta.id;src", o)).orElse(""));
        String position = s.ra().isPresent() && s.dec().isPresent()
                ? "<PARAM" + attr("name", "Position") + attr("utype", "spec:Char.SpatialAxis.Coverage.Location.Value")
                        + attr("ucd", "pos.eq") + " datatype=\"double\" arraysize=\"2\" unit=\"deg\""
                        + attr("value", s.ra().getAsDouble() + " " + s.dec().getAsDouble()) + "/>\n"
                : "";
        group("SpatialAxis", "spec:Char.SpatialAxis", w, position);
        group("SpectralAxis", "spec:Char.SpectralAxis", w,
                number("SpectralStart", "spec:Char.SpectralAxis.Coverage.Bounds.Start", "em.wl;stat.min", waveUnit,
                        s.waveMin()),
                number("SpectralStop", "spec:Char.SpectralAxis.Coverage.Bounds.Stop", "em.wl;stat.max", waveUnit,
                        s.waveMax()),
                number("ResPower", "spec:Char.SpectralAxis.ResPower", "spect.resolution", null, s.resolvingPower()));
        group("Derived", "spec:Derived", w, number("SNR", "spec:Derived.SNR", "stat.snr", null, s.snr()));
        for (SpectrumProduct.Column c : s.columns()) {
            w.write("<FIELD" + attr("name", c.name()) + attr("ID", c.name())
                    + (c.integral() ? " datatype=\"int\"" : " datatype=\"double\"")
                    + (c.unit().isEmpty() ? "" : attr("unit", c.unit()))
                    + (c.ucd().isEmpty() ? "" : attr("ucd", c.ucd()))
                    + (c.utype().isEmpty() ? "" : attr("utype", c.utype())) + "/>\n");
        }
        w.write("<DATA><TABLEDATA>\n");
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            row.setLength(0);
            row.append("<TR>");
            for (SpectrumProduct.Column c : s.columns()) {
                double v = c.values()[i];
                row.append("<TD>");
                if (c.integral()) {
                    row.append((long) v);
                } else if (Double.isFinite(v)) {
                    // a NaN or infinite flux is written as an empty cell, VOTable's null for doubles
                    row.append(v);
                }
                row.append("</TD>");
            }
            row.append("</TR>\n");
            w.write(row.toString());
        }
        w.write("</TABLEDATA></DATA>\n</TABLE>\n</RESOURCE>\n</VOTABLE>\n");
        w.flush();
    }

    /** A GROUP of the PARAMs that are known; nothing when none is. */
    private static void group(String name, String utype, Writer w, String... params) throws IOException {
        String body = String.join("", params);
        if (!body.isEmpty()) {
            w.write("<GROUP" + attr("name", name) + attr("utype", utype) + ">\n" + body + "</GROUP>\n");
        }
    }

    private static String text(String name, String utype, String ucd, String value) {
        return "<PARAM" + attr("name", name) + attr("utype", utype) + (ucd == null ? "" : attr("ucd", ucd))
                + " datatype=\"char\" arraysize=\"*\"" + attr("value", value) + "/>\n";
    }

    private static String number(String name, String utype, String ucd, String unit, OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        return "<PARAM" + attr("name", name) + attr("utype", utype) + attr("ucd", ucd) + " datatype=\"double\""
                + (unit == null || unit.isEmpty() ? "" : attr("unit", unit))
                + attr("value", String.format(Locale.ROOT, "%s", value.getAsDouble())) + "/>\n";
    }

    private static String attr(String name, String value) {
        return VOSerializer.formatAttribute(name, value);
    }
}
