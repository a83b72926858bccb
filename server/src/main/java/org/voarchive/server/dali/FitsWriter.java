package org.voarchive.server.dali;

import java.io.IOException;
import java.io.OutputStream;
import uk.ac.starlink.fits.FitsTableWriter;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;

/**
 * A FITS binary table. FITS must state its row count and string widths before the data, so the result
 * is first spooled to disk (never held in memory), then written.
 */
final class FitsWriter implements ResultWriter {

    @Override
    public void write(ResultCursor cursor, OutputStream out) throws IOException {
        StarTable spooled = StoragePolicy.PREFER_DISK.copyTable(new CursorStarTable(cursor));
        try {
            new FitsTableWriter().writeStarTable(spooled, out);
            out.flush();
        } finally {
            spooled.close();
        }
    }
}
