package org.voarchive.ingest.pixels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.NullDataHDU;
import org.voarchive.ingest.frame.Keywords;

/**
 * Writes raw-like frames as the telescope does: 16-bit integers with {@code BZERO = 32768.0} and a
 * float-typed {@code BSCALE = 1.0}, ESO keywords as HIERARCH cards.
 */
public final class TestFits {

    /** One chip: its extension name (or {@link HduImage#PRIMARY}), its own keywords and its pixels. */
    public record Chip(String name, Map<String, Object> header, Image image) {
    }

    private TestFits() {
    }

    public static Path writeRaw(Path file, Map<String, Object> primary, List<Chip> chips) throws IOException {
        try (Fits fits = new Fits()) {
            int first = 0;
            if (HduImage.PRIMARY.equals(chips.get(0).name())) {
                BasicHDU<?> hdu = Fits.makeHDU(shorts(chips.get(0).image()));
                scaling(hdu.getHeader());
                FitsHeaders.addTo(hdu.getHeader(), Keywords.of(primary));
                fits.addHDU(hdu);
                first = 1;
            } else {
                NullDataHDU hdu = new NullDataHDU();
                hdu.getHeader().addValue("EXTEND", true, null);
                FitsHeaders.addTo(hdu.getHeader(), Keywords.of(primary));
                fits.addHDU(hdu);
            }
            for (Chip chip : chips.subList(first, chips.size())) {
                BasicHDU<?> hdu = Fits.makeHDU(shorts(chip.image()));
                hdu.getHeader().addValue("EXTNAME", chip.name(), null);
                scaling(hdu.getHeader());
                FitsHeaders.addTo(hdu.getHeader(), Keywords.of(chip.header()));
                fits.addHDU(hdu);
            }
            Files.deleteIfExists(file);
            fits.write(file.toFile());
            return file;
        } catch (FitsException e) {
            throw new IOException(e);
        }
    }

    private static void scaling(Header header) {
        header.addValue("BZERO", 32768.0, null);
        header.addValue("BSCALE", 1.0, null);
    }

    private static short[][] shorts(Image image) {
        short[][] rows = new short[image.height()][image.width()];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                long v = Math.round(image.get(x, y));
                rows[y][x] = (short) (Math.max(0, Math.min(65535, v)) - 32768);
            }
        }
        return rows;
    }
}
