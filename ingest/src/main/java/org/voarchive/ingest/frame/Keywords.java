package org.voarchive.ingest.frame;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keywords of a frame's header, by their OCA-style names: ESO hierarchical keywords lose their
 * {@code HIERARCH ESO} prefix and use dots ({@code DPR.CATG}, {@code INS.GRAT2.WLEN}), standard keywords
 * keep their FITS names ({@code MJD-OBS}, {@code EXPTIME}).
 *
 * <p>Values are {@link String}, {@link Long}, {@link Double} or {@link Boolean}, as the card typed them,
 * so that type checks (a quoted {@code '1800.'} where a number belongs) stay possible.
 */
public final class Keywords {

    private final Map<String, Object> values;

    private Keywords(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Keywords of(Map<String, ?> values) {
        return new Keywords(new LinkedHashMap<>(values));
    }

    /** The OCA-style name of a FITS card's key: {@code HIERARCH ESO DPR CATG} and {@code HIERARCH.ESO.DPR.CATG} become {@code DPR.CATG}. */
    public static String normalize(String cardKey) {
        String key = cardKey.trim().replace(' ', '.');
        if (key.startsWith("HIERARCH.")) {
            key = key.substring("HIERARCH.".length());
        }
        if (key.startsWith("ESO.")) {
            key = key.substring("ESO.".length());
        }
        return key.replaceAll("\\.+", ".");
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<Object> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value as text whatever its type, or empty when absent. */
    public Optional<String> text(String key) {
        return value(key).map(Keywords::format);
    }

    /** The value when the card holds a number (an integer or a real), or empty. */
    public Optional<Double> number(String key) {
        Object v = values.get(key);
        return v instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public Keywords with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Keywords(copy);
    }

    public static String format(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue()) + ".";
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
