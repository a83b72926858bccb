package org.voarchive.datalink.soda;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns SODA request parameters into a {@link CutoutRequest}, once, before any data is touched.
 * Parameter names are case-insensitive (DALI); parameters SODA does not define are ignored. This
 * service makes one cutout per request, so ID and each filter take one value (POL, which SODA makes
 * multi-valued, excepted); CIRCLE and POLYGON exclude each other.
 */
public final class SodaParameters {

    static final String ID = "ID";
    static final String CIRCLE = "CIRCLE";
    static final String POLYGON = "POLYGON";
    static final String BAND = "BAND";
    static final String TIME = "TIME";
    static final String POL = "POL";
    static final String RESPONSEFORMAT = "RESPONSEFORMAT";

    /** The states ObsCore's pol_states may list. */
    private static final Set<String> POL_STATES = Set.of("I", "Q", "U", "V", "RR", "LL", "RL", "LR", "XX", "YY",
            "XY", "YX", "POLI", "POLA");
    /** RESPONSEFORMAT values meaning FITS, the only format cutouts come in. */
    private static final Set<String> FITS_FORMATS = Set.of("application/fits", "image/fits", "fits");

    private SodaParameters() {
    }

    /**
     * @param parameters the request's parameters by name, each with its values in order
     * @throws SodaException a UsageError or MultiValuedParamNotSupported saying what is wrong
     */
    public static CutoutRequest parse(Map<String, List<String>> parameters) {
        Map<String, List<String>> byName = new TreeMap<>();
        parameters.forEach((name, values) -> byName.computeIfAbsent(name.toUpperCase(Locale.ROOT),
                k -> new ArrayList<>()).addAll(values));
        Optional<String> format = single(byName, RESPONSEFORMAT);
        if (format.isPresent() && !FITS_FORMATS.contains(format.get().trim().toLowerCase(Locale.ROOT))) {
            throw SodaException.usage("RESPONSEFORMAT " + format.get() + " is not offered; cutouts are FITS"
                    + " (application/fits)");
        }
        String id = single(byName, ID).filter(s -> !s.isBlank())
                .orElseThrow(() -> SodaException.usage("ID is required: the publisher DID of a product"));
        Optional<String> circle = single(byName, CIRCLE);
        Optional<String> polygon = single(byName, POLYGON);
        if (circle.isPresent() && polygon.isPresent()) {
            throw SodaException.usage("give CIRCLE or POLYGON, not both");
        }
        Optional<SkyRegion> region = circle.map(SodaParameters::circle).or(() -> polygon.map(SodaParameters::polygon));
        Optional<Interval> band = single(byName, BAND).map(v -> Interval.parse(BAND, v));
        Optional<Interval> time = single(byName, TIME).map(v -> Interval.parse(TIME, v));
        List<String> pol = new ArrayList<>();
        for (String state : byName.getOrDefault(POL, List.of())) {
            String s = state.trim();
            if (!POL_STATES.contains(s)) {
                throw SodaException.usage("POL " + state + " is not a polarization state; states are "
                        + String.join(", ", new TreeSet<>(POL_STATES)));
            }
            pol.add(s);
        }
        return new CutoutRequest(id.trim(), region, band, time, pol);
    }

    private static Optional<String> single(Map<String, List<String>> byName, String name) {
        List<String> values = byName.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new SodaException(SodaFault.MULTI_VALUED, name + " was given " + values.size()
                    + " times; this service makes one cutout per request and takes one " + name);
        }
        return values.stream().findFirst();
    }

    private static SkyRegion circle(String text) {
        double[] v = numbers(CIRCLE, text);
        if (v.length != 3) {
            throw SodaException.usage("CIRCLE must be three numbers, RA Dec radius in degrees, not '" + text + "'");
        }
        try {
            return new SkyRegion.Circle(v[0], v[1], v[2]);
        } catch (IllegalArgumentException e) {
            throw SodaException.usage("CIRCLE '" + text + "': " + e.getMessage());
        }
    }

    private static SkyRegion polygon(String text) {
        double[] v = numbers(POLYGON, text);
        if (v.length < 6 || v.length % 2 != 0) {
            throw SodaException.usage("POLYGON must be at least three RA Dec pairs in degrees, not '" + text + "'");
        }
        double[] ra = new double[v.length / 2];
        double[] dec = new double[v.length / 2];
        for (int i = 0; i < ra.length; i++) {
            ra[i] = v[2 * i];
            dec[i] = v[2 * i + 1];
        }
        try {
            return new SkyRegion.Polygon(ra, dec);
        } catch (IllegalArgumentException e) {
            throw SodaException.usage("POLYGON '" + text + "': " + e.getMessage());
        }
    }

    private static double[] numbers(String parameter, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw SodaException.usage(parameter + " is empty");
        }
        String[] parts = trimmed.split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw SodaException.usage(parameter + " '" + text + "': '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw SodaException.usage(parameter + " '" + text + "': '" + parts[i] + "' is not a finite number");
            }
        }
        return v;
    }
}
