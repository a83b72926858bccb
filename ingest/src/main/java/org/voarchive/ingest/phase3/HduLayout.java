package org.voarchive.ingest.phase3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each HDU of a FITS file's bytes begins, where its data begins and ends, found by reading the
 * structural keywords (BITPIX, NAXISn, PCOUNT, GCOUNT) of each header. It trusts nothing else in the
 * file, so a truncated or foreign file is described rather than rejected with an exception.
 *
 * @param spans     the HDUs whose header was complete, in order
 * @param truncated whether the file ends inside a header or a data unit
 */
record HduLayout(List<Span> spans, boolean truncated) {

    static final int BLOCK = 2880;
    private static final int CARD = 80;

    /**
     * One HDU: header bytes {@code [start, dataStart)}, data bytes {@code [dataStart, end)} including
     * padding to a whole block; {@code end} lies beyond the file when the data unit was cut short.
     */
    record Span(long start, long dataStart, long end) {
    }

    /** The layout, or empty when the bytes do not start with a FITS primary header. */
    static Optional<HduLayout> of(byte[] bytes) {
        if (bytes.length < CARD || !card(bytes, 0).startsWith("SIMPLE  =")
                || !card(bytes, 0).substring(10).trim().startsWith("T")) {
            return Optional.empty();
        }
        List<Span> spans = new ArrayList<>();
        long offset = 0;
        while (offset < bytes.length) {
            long headerEnd = headerEnd(bytes, offset);
            if (headerEnd < 0) {
                return Optional.of(new HduLayout(spans, true));
            }
            long dataStart = roundUp(headerEnd);
            long end = dataStart + roundUp(dataBytes(bytes, offset, headerEnd));
            spans.add(new Span(offset, dataStart, end));
            if (end > bytes.length) {
                return Optional.of(new HduLayout(spans, true));
            }
            offset = end;
        }
        return Optional.of(new HduLayout(spans, false));
    }

    /** The offset just past the END card of the header starting at {@code start}, or -1 when the file ends first. */
    private static long headerEnd(byte[] bytes, long start) {
        for (long at = start; at + CARD <= bytes.length; at += CARD) {
            if (card(bytes, at).matches("END\\s*")) {
                return at + CARD;
            }
        }
        return -1;
    }

    /** |BITPIX|/8 x GCOUNT x (PCOUNT + NAXIS1 x ... x NAXISn), the FITS data-unit size before padding. */
    private static long dataBytes(byte[] bytes, long start, long end) {
        long bitpix = 0;
        long naxis = 0;
        long pcount = 0;
        long gcount = 1;
        List<Long> axes = new ArrayList<>();
        for (long at = start; at < end; at += CARD) {
            String card = card(bytes, at);
            String key = card.substring(0, 8).trim();
            if (card.charAt(8) != '=') {
                continue;
            }
            switch (key) {
                case "BITPIX" -> bitpix = integer(card);
                case "NAXIS" -> naxis = integer(card);
                case "PCOUNT" -> pcount = integer(card);
                case "GCOUNT" -> gcount = integer(card);
                default -> {
                    if (key.matches("NAXIS\\d+")) {
                        axes.add(integer(card));
                    }
                }
            }
        }
        if (naxis == 0) {
            return 0;
        }
        long elements = 1;
        for (int i = 0; i < naxis && i < axes.size(); i++) {
            elements *= axes.get(i);
        }
        return Math.abs(bitpix) / 8 * gcount * (pcount + elements);
    }

    private static long integer(String card) {
        String value = card.substring(10);
        int slash = value.indexOf('/');
        return Long.parseLong((slash >= 0 ? value.substring(0, slash) : value).trim());
    }

    private static String card(byte[] bytes, long at) {
        return new String(bytes, (int) at, CARD, StandardCharsets.US_ASCII);
    }

    static long roundUp(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }
}
