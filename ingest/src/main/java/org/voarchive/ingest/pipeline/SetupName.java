package org.voarchive.ingest.pipeline;

import java.util.Locale;
import org.voarchive.ingest.frame.Keywords;

/**
 * A short, readable name for the instrument setup a frame was taken in, the axis along which QC1 series
 * and completeness are reported: "RED 580 2x2" for a UVES red-arm flat, "Ks/OPEN" for a HAWK-I flat,
 * "DIT 10" for a HAWK-I dark. Detector-only calibrations (bias, dark) leave the optical setup out,
 * since one master serves every grating.
 */
final class SetupName {

    private SetupName() {
    }

    static String of(String instrument, String tag, Keywords k) {
        return switch (instrument) {
            case "UVES" -> uves(tag, k);
            case "HAWKI" -> hawki(tag, k);
            default -> instrument;
        };
    }

    private static String uves(String tag, Keywords k) {
        boolean red = tag.endsWith("_RED");
        String binning = k.text("DET.WIN1.BINX").orElse("?") + "x" + k.text("DET.WIN1.BINY").orElse("?");
        if (tag.startsWith("BIAS") || tag.startsWith("DARK")) {
            return (red ? "RED " : "BLUE ") + binning;
        }
        String wlen = k.number(red ? "INS.GRAT2.WLEN" : "INS.GRAT1.WLEN")
                .map(w -> String.format(Locale.ROOT, "%.0f", w)).orElse("?");
        return (red ? "RED " : "BLUE ") + wlen + " " + binning;
    }

    private static String hawki(String tag, Keywords k) {
        if (tag.equals("DARK")) {
            return "DIT " + k.number("DET.DIT").map(d -> String.format(Locale.ROOT, "%g", d)).orElse("?");
        }
        return k.text("INS.FILT1.NAME").orElse("?").strip() + "/" + k.text("INS.FILT2.NAME").orElse("?").strip();
    }
}
