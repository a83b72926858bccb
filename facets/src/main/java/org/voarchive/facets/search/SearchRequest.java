package org.voarchive.facets.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voarchive.facets.index.WordAnalyzer;

/**
 * One search, parsed and validated once from its query parameters. Every value is checked here, so the
 * search and the ADQL bridge only ever see sound requests; ranges are held in the index's (ObsCore's)
 * units.
 *
 * @param words    the words of {@code q}, as the index splits them; empty means every product
 * @param terms    the chosen values of each terms facet; a facet without choice is absent
 * @param release  the chosen release states; empty means both
 * @param ranges   the range filters; a facet without filter is absent
 * @param covers   a wavelength in metres the product's band must contain (em_min &lt;= high and em_max &gt;=
 *                 low: the wavelength with the tolerance of {@link RangeFacet#toStored}), or null
 * @param cone     the sky filter, or null
 */
public record SearchRequest(
        List<String> words,
        Map<TermFacet, Set<String>> terms,
        Set<ReleaseState> release,
        Map<RangeFacet, ValueRange> ranges,
        ValueRange covers,
        Cone cone,
        SortKey sort,
        boolean descending,
        int offset,
        int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 500;
    /** Deeper pages cost a sort of everything before them; past this, TAP is the tool. */
    public static final int MAX_OFFSET = 10_000;
    private static final int MAX_WORDS = 16;

    /** A documented query parameter. */
    public record Parameter(String name, String type, String description) {
    }

    /** Every parameter a search takes, in the order the service description lists them. */
    public static final List<Parameter> PARAMETERS = List.of(
            new Parameter("q", "text", "Words to find in target names and titles (each word must occur; case is ignored)"),
            new Parameter("instrument", "terms", "Instrument name; repeat for any of several"),
            new Parameter("collection", "terms", "Collection (obs_collection); repeatable"),
            new Parameter("type", "terms", "Product type (dataproduct_type: spectrum, image, cube, ...); repeatable"),
            new Parameter("level", "terms", "Calibration level (0 to 4); repeatable"),
            new Parameter("target_class", "terms", "Target class; products without one are 'unknown'; repeatable"),
            new Parameter("release", "terms", "'public' or 'proprietary' (only entitled callers see proprietary products)"),
            new Parameter("snr", "range", "Signal-to-noise ratio, min..max (either side may be empty)"),
            new Parameter("resolution", "range", "Spectral resolving power (em_res_power), min..max"),
            new Parameter("wavemin", "range", "Minimum wavelength em_min in nm, min..max"),
            new Parameter("wavemax", "range", "Maximum wavelength em_max in nm, min..max"),
            new Parameter("covers", "number", "A wavelength in nm the product must cover (em_min <= w <= em_max)"),
            new Parameter("exptime", "range", "Exposure time t_exptime in s, min..max"),
            new Parameter("maglim", "range", "Limiting AB magnitude abmaglim, min..max"),
            new Parameter("date", "range", "Observation date t_min as ISO dates, from..to (both days included)"),
            new Parameter("ra", "number", "Cone centre right ascension, degrees ICRS (with dec and radius)"),
            new Parameter("dec", "number", "Cone centre declination, degrees ICRS (with ra and radius)"),
            new Parameter("radius", "number", "Cone radius, degrees, at most 180 (with ra and dec)"),
            new Parameter("sort", "text", "relevance, date, snr, resolution, exptime or maglim, optionally :asc or :desc"),
            new Parameter("offset", "integer", "Index of the first result, from 0 (at most " + MAX_OFFSET + ")"),
            new Parameter("limit", "integer", "Results per page, 0 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")"));

    private static final Set<String> REPEATABLE = Set.of("instrument", "collection", "type", "level", "target_class", "release");
    private static final WordAnalyzer WORDS = new WordAnalyzer();

    public SearchRequest {
        words = List.copyOf(words);
        terms = Collections.unmodifiableMap(new EnumMap<>(terms.isEmpty() ? new EnumMap<>(TermFacet.class) : terms));
        release = release.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(release));
        ranges = Collections.unmodifiableMap(ranges.isEmpty() ? new EnumMap<>(RangeFacet.class) : new EnumMap<>(ranges));
    }

    /** The search for everything, first page, by relevance. */
    public static SearchRequest everything() {
        return new SearchRequest(List.of(), Map.of(), Set.of(), Map.of(), null, null, SortKey.RELEVANCE, true, 0,
                DEFAULT_LIMIT);
    }

    /**
     * Parses query parameters.
     *
     * @throws BadSearchParameter naming the first parameter that is unknown, repeated where it may not
     *     be, or has a value that cannot be used
     */
    public static SearchRequest parse(Map<String, List<String>> parameters) throws BadSearchParameter {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (PARAMETERS.stream().noneMatch(d -> d.name().equals(p.getKey()))) {
                throw new BadSearchParameter("unknown parameter '" + p.getKey() + "'; the parameters are "
                        + String.join(", ", PARAMETERS.stream().map(Parameter::name).toList()));
            }
            if (p.getValue().size() > 1 && !REPEATABLE.contains(p.getKey())) {
                throw new BadSearchParameter("parameter '" + p.getKey() + "' may be given only once");
            }
        }
        String q = single(parameters, "q");
        List<String> words = q == null ? List.of() : WORDS.words(q);
        if (words.size() > MAX_WORDS) {
            throw new BadSearchParameter("parameter 'q' has " + words.size() + " words; at most " + MAX_WORDS + " are searched");
        }
        Map<TermFacet, Set<String>> terms = new EnumMap<>(TermFacet.class);
        for (TermFacet f : TermFacet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String v : parameters.getOrDefault(f.parameter(), List.of())) {
                values.add(termValue(f, v));
            }
            if (!values.isEmpty()) {
                terms.put(f, values);
            }
        }
        Set<ReleaseState> release = EnumSet.noneOf(ReleaseState.class);
        for (String v : parameters.getOrDefault("release", List.of())) {
            release.add(switch (v.strip()) {
                case "public" -> ReleaseState.PUBLIC;
                case "proprietary" -> ReleaseState.PROPRIETARY;
                default -> throw new BadSearchParameter("parameter 'release' must be 'public' or 'proprietary', not '" + v + "'");
            });
        }
        Map<RangeFacet, ValueRange> ranges = new EnumMap<>(RangeFacet.class);
        for (RangeFacet f : RangeFacet.values()) {
            String v = single(parameters, f.parameter());
            if (v != null) {
                ranges.put(f, f.isDate() ? dateRange(v) : numberRange(f, v));
            }
        }
        String coversText = single(parameters, "covers");
        ValueRange covers = null;
        if (coversText != null) {
            BigDecimal nm = decimal("covers", coversText);
            if (nm.signum() <= 0) {
                throw new BadSearchParameter("parameter 'covers' must be a positive wavelength in nm, not '" + coversText + "'");
            }
            covers = new ValueRange(RangeFacet.WAVEMIN.toStoredLow(nm), RangeFacet.WAVEMIN.toStoredHigh(nm), false);
        }
        return new SearchRequest(words, terms, release, ranges, covers, cone(parameters), sortKey(parameters),
                descending(parameters), integer(parameters, "offset", 0, 0, MAX_OFFSET),
                integer(parameters, "limit", DEFAULT_LIMIT, 0, MAX_LIMIT));
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String termValue(TermFacet f, String v) throws BadSearchParameter {
        String value = v.strip();
        if (value.isEmpty()) {
            throw new BadSearchParameter("parameter '" + f.parameter() + "' needs a value");
        }
        if (f == TermFacet.LEVEL && !value.matches("[0-4]")) {
            throw new BadSearchParameter("parameter 'level' must be a calibration level 0 to 4, not '" + v + "'");
        }
        return value;
    }

    private static ValueRange numberRange(RangeFacet f, String v) throws BadSearchParameter {
        String[] sides = sides(f.parameter(), v, "50..", "1.5..3");
        Double low = sides[0].isEmpty() ? null : f.toStoredLow(decimal(f.parameter(), sides[0]));
        Double high = sides[1].isEmpty() ? null : f.toStoredHigh(decimal(f.parameter(), sides[1]));
        if (low != null && high != null && low > high) {
            throw new BadSearchParameter("parameter '" + f.parameter() + "' has its minimum above its maximum: '" + v + "'");
        }
        return new ValueRange(low, high, false);
    }

    private static ValueRange dateRange(String v) throws BadSearchParameter {
        String[] sides = sides("date", v, "2026-03-01..", "2026-03-01..2026-03-31");
        LocalDate from = sides[0].isEmpty() ? null : date(sides[0]);
        LocalDate to = sides[1].isEmpty() ? null : date(sides[1]);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadSearchParameter("parameter 'date' starts after it ends: '" + v + "'");
        }
        return new ValueRange(from == null ? null : Mjd.ofDate(from), to == null ? null : Mjd.ofDate(to.plusDays(1)), true);
    }

    private static String[] sides(String name, String v, String example1, String example2) throws BadSearchParameter {
        int dots = v.indexOf("..");
        if (dots < 0 || v.indexOf("..", dots + 2) >= 0) {
            throw new BadSearchParameter("parameter '" + name + "' must be a range min..max (either side may be empty, as in '"
                    + example1 + "' or '" + example2 + "'), not '" + v + "'");
        }
        String[] sides = {v.substring(0, dots).strip(), v.substring(dots + 2).strip()};
        if (sides[0].isEmpty() && sides[1].isEmpty()) {
            throw new BadSearchParameter("parameter '" + name + "' needs at least one bound, as in '" + example1 + "'");
        }
        return sides;
    }

    private static LocalDate date(String text) throws BadSearchParameter {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadSearchParameter("parameter 'date' needs ISO dates like 2026-03-01, not '" + text + "'");
        }
    }

    /** A decimal number whose double is finite. */
    private static BigDecimal decimal(String name, String text) throws BadSearchParameter {
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (Double.isFinite(v.doubleValue())) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadSearchParameter("parameter '" + name + "' must be a number, not '" + text + "'");
    }

    private static double number(String name, String text) throws BadSearchParameter {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadSearchParameter("parameter '" + name + "' must be a number, not '" + text + "'");
    }

    private static Cone cone(Map<String, List<String>> parameters) throws BadSearchParameter {
        String ra = single(parameters, "ra");
        String dec = single(parameters, "dec");
        String radius = single(parameters, "radius");
        if (ra == null && dec == null && radius == null) {
            return null;
        }
        if (ra == null || dec == null || radius == null) {
            throw new BadSearchParameter("parameters 'ra', 'dec' and 'radius' make a cone and go together");
        }
        double a = number("ra", ra);
        double d = number("dec", dec);
        double r = number("radius", radius);
        if (a < 0 || a > 360) {
            throw new BadSearchParameter("parameter 'ra' must be between 0 and 360 degrees, not '" + ra + "'");
        }
        if (d < -90 || d > 90) {
            throw new BadSearchParameter("parameter 'dec' must be between -90 and 90 degrees, not '" + dec + "'");
        }
        if (r <= 0 || r > 180) {
            throw new BadSearchParameter("parameter 'radius' must be above 0 and at most 180 degrees, not '" + radius + "'");
        }
        return new Cone(a, d, r);
    }

    private static SortKey sortKey(Map<String, List<String>> parameters) throws BadSearchParameter {
        String v = single(parameters, "sort");
        if (v == null) {
            return SortKey.RELEVANCE;
        }
        String key = v.contains(":") ? v.substring(0, v.indexOf(':')) : v;
        for (SortKey k : SortKey.values()) {
            if (k.value().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        List<String> keys = new ArrayList<>();
        for (SortKey k : SortKey.values()) {
            keys.add(k.value());
        }
        throw new BadSearchParameter("parameter 'sort' must be one of " + String.join(", ", keys)
                + " (optionally with :asc or :desc), not '" + v + "'");
    }

    private static boolean descending(Map<String, List<String>> parameters) throws BadSearchParameter {
        String v = single(parameters, "sort");
        if (v == null || !v.contains(":")) {
            return true;
        }
        return switch (v.substring(v.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new BadSearchParameter("parameter 'sort' takes :asc or :desc after the key, not '" + v + "'");
        };
    }

    private static int integer(Map<String, List<String>> parameters, String name, int fallback, int min, int max)
            throws BadSearchParameter {
        String v = single(parameters, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadSearchParameter("parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }
}
