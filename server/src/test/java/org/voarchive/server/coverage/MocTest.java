package org.voarchive.server.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.util.FitsInputStream;
import org.junit.jupiter.api.Test;

class MocTest {

    @Test
    void readsPgSphereAsciiAndWritesItBackWithRanges() {
        Moc moc = Moc.parseAscii("5/4928 6/19541-19543", 6);
        assertEquals(6, moc.maxOrder());
        assertArrayEquals(new long[] {4928}, moc.cells().get(5));
        assertArrayEquals(new long[] {19541, 19542, 19543}, moc.cells().get(6));
        assertEquals("5/4928 6/19541-19543", moc.ascii());
        assertEquals(moc, Moc.parseAscii(moc.ascii(), 0));
    }

    @Test
    void keepsTheMaximumOrderWhenItHoldsNoCell() {
        Moc moc = Moc.parseAscii("2/76 3/8,10-11", 10);
        assertEquals("2/76 3/8 10-11 10/", moc.ascii());
        Moc again = Moc.parseAscii(moc.ascii(), 0);
        assertEquals(10, again.maxOrder());
        assertEquals(moc, again);
        assertEquals("8/", Moc.empty(8).ascii());
        assertTrue(Moc.parseAscii("8/", 0).isEmpty());
    }

    @Test
    void encodesCellsAsNuniqAndBack() {
        Moc moc = Moc.parseAscii("0/0 0/11 1/0 5/4928 29/1", 29);
        assertArrayEquals(new long[] {4, 15, 16, 4 * 1024 + 4928, (4L << 58) + 1}, moc.nuniq());
        assertEquals(moc, Moc.fromNuniq(moc.nuniq(), 29));
        assertThrows(IllegalArgumentException.class, () -> Moc.fromNuniq(new long[] {3}, 5));
    }

    @Test
    void refusesCellsThatDoNotExist() {
        assertThrows(IllegalArgumentException.class, () -> Moc.parseAscii("0/12", 3));
        assertThrows(IllegalArgumentException.class, () -> Moc.parseAscii("1/5-3", 3));
        assertThrows(IllegalArgumentException.class, () -> Moc.parseAscii("12 1/3", 3));
        assertThrows(IllegalArgumentException.class, () -> Moc.parseAscii("x/3", 3));
        assertThrows(IllegalArgumentException.class, () -> Moc.fromNuniq(new long[] {4 * 1024 + 1}, 3),
                "a cell deeper than the MOC order");
    }

    @Test
    void containsCellsBelowItsOwnAndNotOthers() {
        Moc moc = Moc.parseAscii("3/8 5/200", 6);
        assertTrue(moc.contains(3, 8));
        assertTrue(moc.contains(6, 8 * 64 + 63), "a child of 3/8");
        assertTrue(moc.contains(5, 200));
        assertTrue(moc.contains(10, 200L << 10));
        assertFalse(moc.contains(3, 9));
        assertFalse(moc.contains(4, 201 / 4), "the parent of a cell is not inside");
        assertEquals(1.0 / 768 + 1.0 / 12288, moc.skyFraction(), 1e-12);
    }

    @Test
    void writesTheJsonSerialization() {
        assertEquals("{\"5\":[4928],\"6\":[19541,19542],\"10\":[]}",
                MocJson.write(Moc.parseAscii("5/4928 6/19541-19542", 10)));
        assertEquals("{\"3\":[]}", MocJson.write(Moc.empty(3)));
    }

    @Test
    void writesMoc2FitsThatReadsBack() throws Exception {
        Moc moc = Moc.parseAscii("2/76 3/8 10-11 10/40000-40003", 10);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = new boolean[1];
        MocFits.write(moc, "VO Archive", new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertFalse(closed[0], "the caller's stream stays open");
        assertEquals(0, bytes.size() % 2880, "FITS comes in 2880-byte blocks");
        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
            BasicHDU<?>[] hdus = fits.read();
            assertEquals(2, hdus.length);
            BinaryTableHDU table = (BinaryTableHDU) hdus[1];
            Header h = table.getHeader();
            assertEquals("2.0", h.getStringValue("MOCVERS"));
            assertEquals("SPACE", h.getStringValue("MOCDIM"));
            assertEquals("NUNIQ", h.getStringValue("ORDERING"));
            assertEquals("C", h.getStringValue("COORDSYS"));
            assertEquals(10, h.getIntValue("MOCORD_S"));
            assertEquals(10, h.getIntValue("MOCORDER"));
            assertEquals("1K", h.getStringValue("TFORM1"));
            assertEquals("UNIQ", h.getStringValue("TTYPE1"));
            long[] uniq = (long[]) table.getColumn(0);
            assertArrayEquals(moc.nuniq(), uniq);
            assertEquals(moc, Moc.fromNuniq(uniq, h.getIntValue("MOCORD_S")));
        }
    }

    @Test
    void writesAnEmptyMocAsAnEmptyTable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MocFits.write(Moc.empty(7), "VO Archive", bytes);
        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
            BinaryTableHDU table = (BinaryTableHDU) fits.read()[1];
            assertEquals(0, table.getNRows());
            assertEquals(7, table.getHeader().getIntValue("MOCORD_S"));
        }
    }
}
