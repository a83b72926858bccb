package org.voarchive.ingest.pixels;

import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.model.EchelleFormat;

/**
 * The {@link EchelleFormat} of a UVES chip from its frame's setup: the blue arm (DET.CHIPS = 1) uses
 * INS.GRAT1.WLEN and INS.SLIT2.WID, the red arm (DET.CHIPS = 2) INS.GRAT2.WLEN and INS.SLIT3.WID.
 */
public final class UvesFormats {

    private UvesFormats() {
    }

    /**
     * @param primary the frame's primary header
     * @param chip    index of the chip among the frame's image HDUs, 0-based
     * @param trimmed the chip's exposed area (pre/overscan removed)
     */
    public static EchelleFormat of(Keywords primary, int chip, Image trimmed) {
        int chips = (int) required(primary, "DET.CHIPS");
        boolean blue = chips == 1;
        double wlen = required(primary, blue ? "INS.GRAT1.WLEN" : "INS.GRAT2.WLEN");
        double slit = required(primary, blue ? "INS.SLIT2.WID" : "INS.SLIT3.WID");
        return new EchelleFormat(wlen, slit, chips, chip, trimmed.width(), trimmed.height());
    }

    private static double required(Keywords header, String key) {
        return header.number(key).orElseThrow(() ->
                new IllegalArgumentException("the UVES frame lacks the numeric keyword " + key));
    }
}
