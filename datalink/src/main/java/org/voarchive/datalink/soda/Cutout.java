package org.voarchive.datalink.soda;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.util.FitsOutputStream;

/**
 * A finished cutout: its HDUs, held in memory and checksummed as they are written, and the file name
 * to offer.
 *
 * @param fileName the name for Content-Disposition, {@code <ARCFILE without .fits>_cutout.fits}
 * @param hdus the HDUs in file order, the first a primary HDU
 */
public record Cutout(String fileName, List<BasicHDU<?>> hdus) {

    public Cutout {
        hdus = List.copyOf(hdus);
    }

    /** Writes the FITS file to {@code out}, flushing but not closing it. */
    public void write(OutputStream out) throws IOException {
        try (Fits fits = new Fits()) {
            for (BasicHDU<?> hdu : hdus) {
                fits.addHDU(hdu);
            }
            // after adding: adding may still touch the headers (EXTEND, XTENSION) the sums cover
            fits.setChecksum();
            FitsOutputStream stream = new FitsOutputStream(out);
            fits.write(stream);
            // the stream is the caller's to close: flush what is buffered, no more
            stream.flush();
        } catch (FitsException e) {
            throw new IOException("cannot write the cutout " + fileName + ": " + e.getMessage(), e);
        }
    }

}
