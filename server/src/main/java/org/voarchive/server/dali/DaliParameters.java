package org.voarchive.server.dali;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of one DALI request, from the query string and a form body together. Names are
 * case-insensitive, as DALI requires; values are kept as given. Every accessor validates once and
 * throws {@link DaliException} with a message naming the parameter.
 */
public final class DaliParameters {

    public static final String MAXREC = "MAXREC";
    public static final String RESPONSEFORMAT = "RESPONSEFORMAT";
    public static final String FORMAT = "FORMAT";
    public static final String RUNID = "RUNID";

    private final Map<String, List<String>> values;

    private DaliParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Collects parameters from one or more sources (query string, form body), names upper-cased. */
    @SafeVarargs
    public static DaliParameters of(Map<String, List<String>>... sources) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (Map<String, List<String>> source : sources) {
            source.forEach((name, list) -> merged.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .addAll(list));
        }
        return new DaliParameters(merged);
    }

    /** Every parameter with its values, names upper-cased, in the order first given. */
    public Map<String, List<String>> all() {
        return values;
    }

    /** All values of a parameter; empty when absent. */
    public List<String> list(String name) {
        return values.getOrDefault(name.toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * The value of a single-valued parameter.
     *
     * @return the value, or empty when absent or blank
     * @throws DaliException when it is given more than once with different values
     */
    public Optional<String> single(String name) {
        List<String> given = list(name).stream().filter(v -> !v.isBlank()).distinct().toList();
        if (given.size() > 1) {
            throw new DaliException(name.toUpperCase(Locale.ROOT) + " may be given once, not " + given.size()
                    + " times with different values");
        }
        return given.stream().findFirst();
    }

    /** The value of a mandatory single-valued parameter. */
    public String required(String name) {
        return single(name).orElseThrow(() -> new DaliException("the " + name.toUpperCase(Locale.ROOT)
                + " parameter is missing"));
    }

    /**
     * MAXREC: how many rows the client wants at most.
     *
     * @param byDefault when the client does not say
     * @param hardLimit the most this service returns, whatever the client says
     */
    public long maxrec(long byDefault, long hardLimit) {
        Optional<String> given = single(MAXREC);
        if (given.isEmpty()) {
            return Math.min(byDefault, hardLimit);
        }
        try {
            long maxrec = Long.parseLong(given.get().trim());
            if (maxrec < 0) {
                throw new NumberFormatException();
            }
            return Math.min(maxrec, hardLimit);
        } catch (NumberFormatException e) {
            throw new DaliException("MAXREC must be a whole number of rows, 0 or more, not '" + given.get() + "'");
        }
    }

    /** RESPONSEFORMAT (or FORMAT, its older name); VOTable TABLEDATA when neither is given. */
    public ResultFormat responseFormat() {
        Optional<String> given = single(RESPONSEFORMAT).or(() -> single(FORMAT));
        if (given.isEmpty()) {
            return ResultFormat.VOTABLE;
        }
        return ResultFormat.forName(given.get()).orElseThrow(() -> new DaliException("RESPONSEFORMAT '" + given.get()
                + "' is not supported; use one of: " + java.util.Arrays.stream(ResultFormat.values())
                        .map(f -> f.mimeType() + " (" + String.join(", ", f.aliases()) + ")")
                        .collect(Collectors.joining("; "))));
    }
}
