package org.voarchive.sia.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.voarchive.tap.adql.AdqlLiterals;

/**
 * Writes the ADQL for an SIA 2.0 query over {@code ivoa.obscore}, every column as TAP returns it. Per
 * SIA 2.0: POS regions must intersect s_region; BAND and TIME intervals must overlap the data's range;
 * FOV, SPATRES, EXPTIME, TIMERES and SPECRP intervals must hold the data's value; the other parameters
 * match exactly. Values of one parameter are ORed, parameters ANDed.
 */
public final class SiaAdql {

    private SiaAdql() {
    }

    public static String of(SiaQuery q) {
        List<String> where = new ArrayList<>();
        anyOf(q.pos(), SiaAdql::region).ifPresent(where::add);
        anyOf(q.band(), i -> overlap(i, "em_min", "em_max")).ifPresent(where::add);
        anyOf(q.time(), i -> overlap(i, "t_min", "t_max")).ifPresent(where::add);
        anyOf(q.pol(), s -> "pol_states LIKE " + AdqlLiterals.string("%/" + s + "/%")).ifPresent(where::add);
        anyOf(q.fov(), i -> within(i, "s_fov")).ifPresent(where::add);
        anyOf(q.spatres(), i -> within(i, "s_resolution")).ifPresent(where::add);
        anyOf(q.exptime(), i -> within(i, "t_exptime")).ifPresent(where::add);
        anyOf(q.timeres(), i -> within(i, "t_resolution")).ifPresent(where::add);
        anyOf(q.specrp(), i -> within(i, "em_res_power")).ifPresent(where::add);
        in("obs_publisher_did", q.ids()).ifPresent(where::add);
        in("obs_collection", q.collections()).ifPresent(where::add);
        in("facility_name", q.facilities()).ifPresent(where::add);
        in("instrument_name", q.instruments()).ifPresent(where::add);
        in("dataproduct_type", q.dptypes().isEmpty() ? List.of("image", "cube") : q.dptypes()).ifPresent(where::add);
        anyOf(q.calib(), level -> "calib_level = " + level).ifPresent(where::add);
        in("LOWER(target_name)", q.targets().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())
                .ifPresent(where::add);
        in("access_format", q.formats()).ifPresent(where::add);
        return "SELECT * FROM ivoa.obscore WHERE " + String.join(" AND ", where) + " ORDER BY obs_publisher_did";
    }

    static String region(SkyRegion region) {
        if (region instanceof SkyRegion.Circle c) {
            return "INTERSECTS(s_region, CIRCLE('ICRS', " + numbers(List.of(c.ra(), c.dec(), c.r())) + ")) = 1";
        }
        if (region instanceof SkyRegion.Polygon p) {
            return "INTERSECTS(s_region, POLYGON('ICRS', " + numbers(p.coordinates()) + ")) = 1";
        }
        SkyRegion.Range r = (SkyRegion.Range) region;
        if (r.allRightAscensions()) {
            // a band of declination: no polygon bounds it, so compare the centre widened by half the field
            return "(s_dec + s_fov / 2 >= " + AdqlLiterals.number(r.dec1()) + " AND s_dec - s_fov / 2 <= "
                    + AdqlLiterals.number(r.dec2()) + ")";
        }
        return "INTERSECTS(s_region, POLYGON('ICRS', " + numbers(List.of(r.ra1(), r.dec1(), r.ra2(), r.dec1(),
                r.ra2(), r.dec2(), r.ra1(), r.dec2())) + ")) = 1";
    }

    /** The data's [min, max] overlaps the interval; open ends add no condition. */
    static String overlap(Interval i, String min, String max) {
        List<String> both = new ArrayList<>();
        if (!i.openAbove()) {
            both.add(min + " <= " + AdqlLiterals.number(i.hi()));
        }
        if (!i.openBelow()) {
            both.add(max + " >= " + AdqlLiterals.number(i.lo()));
        }
        return both.isEmpty() ? min + " IS NOT NULL" : "(" + String.join(" AND ", both) + ")";
    }

    /** The data's value lies within the interval. */
    static String within(Interval i, String column) {
        List<String> both = new ArrayList<>();
        if (!i.openBelow()) {
            both.add(column + " >= " + AdqlLiterals.number(i.lo()));
        }
        if (!i.openAbove()) {
            both.add(column + " <= " + AdqlLiterals.number(i.hi()));
        }
        return both.isEmpty() ? column + " IS NOT NULL" : "(" + String.join(" AND ", both) + ")";
    }

    private static <T> Optional<String> anyOf(List<T> values, Function<T, String> condition) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("(" + values.stream().map(condition).collect(Collectors.joining(" OR ")) + ")");
    }

    private static Optional<String> in(String column, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(column + " IN (" + values.stream().map(AdqlLiterals::string)
                .collect(Collectors.joining(", ")) + ")");
    }

    private static String numbers(List<Double> values) {
        return values.stream().map(AdqlLiterals::number).collect(Collectors.joining(", "));
    }
}
