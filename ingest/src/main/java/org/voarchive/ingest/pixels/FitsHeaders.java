package org.voarchive.ingest.pixels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.util.Cursor;
import org.voarchive.ingest.frame.Keywords;

/**
 * Reads FITS headers into {@link Keywords} (keys normalised with {@link Keywords#normalize}, values typed
 * as the cards are) and writes keywords back as cards: names with dots, or longer than eight
 * characters, become {@code HIERARCH ESO} cards.
 */
public final class FitsHeaders {

    private static final Set<String> STRUCTURAL = Set.of("SIMPLE", "BITPIX", "EXTEND", "BZERO", "BSCALE",
            "BLANK", "PCOUNT", "GCOUNT", "XTENSION", "EXTNAME", "CHECKSUM", "DATASUM", "END", "COMMENT",
            "HISTORY", "INHERIT");
    private static final Pattern NAXIS = Pattern.compile("NAXIS\\d*");

    private FitsHeaders() {
    }

    /** The primary header of {@code file}, and nothing from its extensions. */
    public static Keywords read(Path file) throws IOException {
        try (Fits fits = new Fits(file.toFile())) {
            return keywords(fits.getHDU(0).getHeader());
        } catch (FitsException e) {
            throw new IOException("cannot read the FITS header of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every keyword card of {@code header}, in order; comment and blank cards are left out. */
    public static Keywords keywords(Header header) {
        Map<String, Object> values = new LinkedHashMap<>();
        Cursor<String, HeaderCard> cards = header.iterator();
        while (cards.hasNext()) {
            HeaderCard card = cards.next();
            if (card.isKeyValuePair()) {
                values.put(Keywords.normalize(card.getKey()), value(card));
            }
        }
        return Keywords.of(values);
    }

    private static Object value(HeaderCard card) {
        if (card.isStringValue()) {
            return card.getValue();
        }
        String text = card.getValue().trim();
        if ("T".equals(text) || "F".equals(text)) {
            return "T".equals(text);
        }
        if (card.isIntegerType()) {
            return card.getValue(Long.class, null);
        }
        if (card.isDecimalType()) {
            return card.getValue(Double.class, null);
        }
        return text;
    }

    /** Whether a key describes the data layout or the HDU's integrity rather than the observation. */
    public static boolean isStructural(String key) {
        return STRUCTURAL.contains(key) || NAXIS.matcher(key).matches();
    }

    /** Adds every non-structural keyword to {@code header}, replacing cards of the same name. */
    public static void addTo(Header header, Keywords keywords) {
        for (Map.Entry<String, Object> e : keywords.asMap().entrySet()) {
            if (!isStructural(e.getKey())) {
                put(header, e.getKey(), e.getValue());
            }
        }
    }

    /** Sets one keyword on {@code header}, as a HIERARCH ESO card when its name needs one. */
    public static void put(Header header, String key, Object value) {
        boolean finite = !(value instanceof Double d) || Double.isFinite(d);
        if (!finite || !(value instanceof String || value instanceof Boolean || value instanceof Number)) {
            throw new IllegalArgumentException("keyword " + key + " has a value FITS cannot hold: " + value);
        }
        String cardKey = key.contains(".") || key.length() > 8 ? "HIERARCH.ESO." + key : key;
        try {
            if (value instanceof String s) {
                header.addValue(cardKey, s, null);
            } else if (value instanceof Boolean b) {
                header.addValue(cardKey, b, null);
            } else if (value instanceof Double || value instanceof Float) {
                header.addValue(cardKey, ((Number) value).doubleValue(), null);
            } else {
                header.addValue(cardKey, ((Number) value).longValue(), null);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot write keyword " + key + " = " + value + ": " + e.getMessage(), e);
        }
    }
}
