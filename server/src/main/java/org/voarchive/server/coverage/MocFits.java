package org.voarchive.server.coverage;

import java.io.IOException;
import java.io.OutputStream;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.util.FitsOutputStream;
import org.voarchive.server.dali.UnclosedStream;

/**
 * The MOC 2.0 FITS serialization of a spatial MOC: an empty primary HDU and a binary table with one
 * 64-bit column {@code UNIQ} of NUNIQ values, ascending, whose header says what it is (MOCVERS 2.0, MOCDIM
 * SPACE, ORDERING NUNIQ, COORDSYS C, MOCORD_S, and MOCORDER for MOC 1.x readers). The caller's stream is
 * flushed, never closed.
 */
public final class MocFits {

    /** The MIME type the coverage endpoint answers with. */
    public static final String MIME_TYPE = "application/fits";

    private MocFits() {
    }

    /**
     * Writes the MOC.
     *
     * @param tool what made it ({@code MOCTOOL}), for example the archive's title
     */
    public static void write(Moc moc, String tool, OutputStream out) throws IOException {
        try {
            Fits fits = new Fits();
            fits.addHDU(Fits.makeHDU((Object) null));
            BinaryTable table = BinaryTable.fromColumnMajor(new Object[] {moc.nuniq()});
            BinaryTableHDU hdu = table.toHDU();
            hdu.setColumnName(0, "UNIQ", "HEALPix cell as NUNIQ: 4 * 4^order + npix");
            Header h = hdu.getHeader();
            h.addValue("PIXTYPE", "HEALPIX", "HEALPix magic code");
            h.addValue("ORDERING", "NUNIQ", "NUNIQ coding method");
            h.addValue("COORDSYS", "C", "ICRS reference frame");
            h.addValue("MOCVERS", "2.0", "MOC version");
            h.addValue("MOCDIM", "SPACE", "Physical dimension");
            h.addValue("MOCORD_S", moc.maxOrder(), "MOC resolution (best order)");
            h.addValue("MOCORDER", moc.maxOrder(), "MOC resolution (MOC 1.x readers)");
            h.addValue("MOCTOOL", tool, "Name of the MOC generator");
            h.addValue("MOCTYPE", "IMAGE", "Source type: footprints of observations");
            fits.addHDU(hdu);
            FitsOutputStream fitsOut = new FitsOutputStream(new UnclosedStream(out));
            fits.write(fitsOut);
            fitsOut.flush();
        } catch (FitsException e) {
            throw new IOException("cannot write the MOC as FITS: " + e.getMessage(), e);
        }
    }
}
