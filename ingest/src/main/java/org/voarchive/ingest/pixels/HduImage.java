package org.voarchive.ingest.pixels;

import org.voarchive.ingest.frame.Keywords;

/**
 * One image HDU of a FITS file.
 *
 * @param name   the HDU's EXTNAME, or {@code PRIMARY} for data in the primary HDU
 * @param header that HDU's own header under OCA-style names (structural cards included)
 * @param image  the physical pixel values (BZERO and BSCALE applied)
 */
public record HduImage(String name, Keywords header, Image image) {

    public static final String PRIMARY = "PRIMARY";

    public HduImage withImage(Image replacement) {
        return new HduImage(name, header, replacement);
    }
}
