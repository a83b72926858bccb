package org.voarchive.ssa.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.voarchive.tap.adql.AdqlLiterals;

/**
 * Writes the ADQL for an SSA query over {@code ivoa.obscore}: spectra only; POS and SIZE as a cone on the
 * spectrum's position; BAND and TIME ranges overlapping the spectrum's coverage (a single value must lie
 * within it); SPECRP and SNR as minima. Only typed values are written, through {@link AdqlLiterals}.
 */
public final class SsaAdql {

    private SsaAdql() {
    }

    /** The query, nearest first when a position was given, else in identifier order (stable for paging). */
    public static String of(SsaQuery q) {
        List<String> where = new ArrayList<>();
        where.add("dataproduct_type = " + AdqlLiterals.string("spectrum"));
        q.cone().ifPresent(c -> where.add("CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', "
                + AdqlLiterals.number(c.ra()) + ", " + AdqlLiterals.number(c.dec()) + ", "
                + AdqlLiterals.number(c.size() / 2) + ")) = 1"));
        anyOf(q.bands(), "em_min", "em_max").ifPresent(where::add);
        anyOf(q.times(), "t_min", "t_max").ifPresent(where::add);
        oneOf("access_format", q.storedFormats()).ifPresent(where::add);
        q.targetName().ifPresent(t -> where.add("LOWER(target_name) = "
                + AdqlLiterals.string(t.toLowerCase(Locale.ROOT))));
        oneOf("obs_collection", q.collections()).ifPresent(where::add);
        q.minResolvingPower().ifPresent(r -> where.add("em_res_power >= " + AdqlLiterals.number(r)));
        q.minSnr().ifPresent(s -> where.add("snr >= " + AdqlLiterals.number(s)));
        String select = SsaFields.ALL.stream().map(SsaFields.Field::selected).collect(Collectors.joining(", "));
        String order = q.cone().map(c -> "DISTANCE(POINT('ICRS', s_ra, s_dec), POINT('ICRS', "
                + AdqlLiterals.number(c.ra()) + ", " + AdqlLiterals.number(c.dec()) + ")), obs_publisher_did")
                .orElse("obs_publisher_did");
        return "SELECT " + select + " FROM ivoa.obscore WHERE " + String.join(" AND ", where) + " ORDER BY " + order;
    }

    /** Any of the ranges overlaps [min, max] of the data; open ends add no condition. */
    static Optional<String> anyOf(List<Range> ranges, String min, String max) {
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (Range r : ranges) {
            List<String> both = new ArrayList<>();
            if (!r.openAbove()) {
                both.add(min + " <= " + AdqlLiterals.number(r.hi()));
            }
            if (!r.openBelow()) {
                both.add(max + " >= " + AdqlLiterals.number(r.lo()));
            }
            if (both.isEmpty()) {
                // an entirely open range asks only that the data have the axis at all
                both.add(min + " IS NOT NULL");
            }
            terms.add("(" + String.join(" AND ", both) + ")");
        }
        return Optional.of("(" + String.join(" OR ", terms) + ")");
    }

    static Optional<String> oneOf(String column, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(column + " IN (" + values.stream().map(AdqlLiterals::string)
                .collect(Collectors.joining(", ")) + ")");
    }
}
