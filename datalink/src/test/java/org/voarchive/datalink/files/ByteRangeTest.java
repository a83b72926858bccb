package org.voarchive.datalink.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static Optional<ByteRange> parse(String header) throws ByteRange.Unsatisfiable {
        return ByteRange.parse(header, 1000);
    }

    @Test
    void closedOpenAndSuffixRanges() throws Exception {
        assertEquals(Optional.of(new ByteRange(0, 99)), parse("bytes=0-99"));
        assertEquals(Optional.of(new ByteRange(990, 999)), parse("bytes=990-5000"));
        assertEquals(Optional.of(new ByteRange(500, 999)), parse("bytes=500-"));
        assertEquals(Optional.of(new ByteRange(900, 999)), parse("bytes=-100"));
        assertEquals(Optional.of(new ByteRange(0, 999)), parse("bytes=-5000"));
        assertEquals("bytes 900-999/1000", new ByteRange(900, 999).contentRange(1000));
        assertEquals(100, new ByteRange(900, 999).length());
    }

    @Test
    void whatIsIgnoredServesTheWholeFile() throws Exception {
        assertEquals(Optional.empty(), parse(null));
        assertEquals(Optional.empty(), parse("bytes=0-1,5-6"));
        assertEquals(Optional.empty(), parse("items=0-1"));
        assertEquals(Optional.empty(), parse("bytes=-"));
        assertEquals(Optional.empty(), parse("bytes=9-3"));
    }

    @Test
    void rangesBeyondTheEndAreUnsatisfiable() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> parse("bytes=1000-"));
        assertThrows(ByteRange.Unsatisfiable.class, () -> parse("bytes=5000-6000"));
        assertThrows(ByteRange.Unsatisfiable.class, () -> parse("bytes=-0"));
        assertThrows(ByteRange.Unsatisfiable.class, () -> parse("bytes=99999999999999999999-"));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=0-", 0));
    }
}
