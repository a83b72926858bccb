package org.voarchive.ingest.frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.TruncatedFileException;
import nom.tam.util.Cursor;
import nom.tam.util.FitsFile;

/**
 * Reads every header of a FITS file without reading its pixels, and checks that each HDU's data is
 * wholly present: the stream's header-level stages need only this, and it keeps them fast.
 */
public final class FrameReader {

    private FrameReader() {
    }

    /** The headers of every HDU, primary first. */
    public static List<Keywords> headers(Path file) throws FrameException {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new FrameException("NOT_READABLE", "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        if (length < 2880) {
            throw new FrameException("NOT_FITS", "file of " + length + " bytes is shorter than one FITS block");
        }
        List<Keywords> headers = new ArrayList<>();
        try (FitsFile in = new FitsFile(file.toFile(), "r")) {
            while (in.getFilePointer() < length) {
                long start = in.getFilePointer();
                Header header;
                try {
                    header = Header.readHeader(in);
                } catch (TruncatedFileException e) {
                    throw new FrameException("TRUNCATED", "header of HDU " + headers.size() + " ends early, at byte " + start);
                }
                if (header == null) {
                    break;
                }
                if (headers.isEmpty() && !header.containsKey("SIMPLE")) {
                    throw new FrameException("NOT_FITS", "the first header has no SIMPLE card");
                }
                long dataEnd = in.getFilePointer() + header.getDataSize();
                if (dataEnd > length) {
                    throw new FrameException("TRUNCATED", "HDU " + headers.size() + " needs " + header.getDataSize()
                            + " data bytes but the file ends " + (dataEnd - length) + " bytes early");
                }
                in.seek(dataEnd);
                headers.add(keywords(header));
            }
        } catch (FrameException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FrameException("NOT_FITS", "not a readable FITS file: " + e.getMessage());
        }
        if (headers.isEmpty()) {
            throw new FrameException("NOT_FITS", "no FITS header found");
        }
        return headers;
    }

    /** A header's key-value cards, typed as written: a quoted number stays a string. */
    public static Keywords keywords(Header header) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Cursor<String, HeaderCard> it = header.iterator(); it.hasNext(); ) {
            HeaderCard card = it.next();
            if (!card.isKeyValuePair() || card.getKey() == null || card.getKey().isBlank()) {
                continue;
            }
            values.put(Keywords.normalize(card.getKey()), value(card));
        }
        return Keywords.of(values);
    }

    private static Object value(HeaderCard card) {
        if (card.isStringValue()) {
            return card.getValue();
        }
        Class<?> type = card.valueType();
        if (type == Boolean.class) {
            return card.getValue(Boolean.class, Boolean.FALSE);
        }
        if (card.isIntegerType()) {
            return card.getValue(Long.class, 0L);
        }
        if (card.isDecimalType()) {
            return card.getValue(Double.class, Double.NaN);
        }
        return card.getValue();
    }

    /** A file that is not a complete FITS file, with a machine-readable reason code. */
    public static final class FrameException extends Exception {
        private final String code;

        public FrameException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
