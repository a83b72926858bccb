package org.voarchive.facets.adql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.voarchive.facets.index.ProductFields;
import org.voarchive.facets.search.Cone;
import org.voarchive.facets.search.RangeFacet;
import org.voarchive.facets.search.ReleaseState;
import org.voarchive.facets.search.SearchRequest;
import org.voarchive.facets.search.SortKey;
import org.voarchive.facets.search.TermFacet;
import org.voarchive.facets.search.ValueRange;
import org.voarchive.facets.search.Visibility;

/**
 * A search as ADQL over {@code ivoa.obscore}, selecting the rows the search finds. Units are ObsCore's
 * (the request already holds them so: wavelengths in metres, dates as MJD); numbers are written from
 * the parsed doubles, exactly; strings are quoted with quotes doubled; column names come from a fixed
 * list. The words of {@code q} become {@code LIKE} on lower-cased target names and titles, which is
 * what the index's word matching does. Pure and thread safe.
 */
public final class AdqlBridge {

    static final String COLUMNS = "obs_publisher_did, obs_id, obs_title, target_name, target_class, instrument_name, "
            + "obs_collection, dataproduct_type, calib_level, s_ra, s_dec, t_min, t_exptime, em_min, em_max, "
            + "em_res_power, snr, abmaglim, obs_release_date, access_url";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private AdqlBridge() {
    }

    /**
     * The ADQL of a search, for a caller with the given visibility, at the given time (products whose
     * release date is after it are proprietary).
     */
    public static String adql(SearchRequest r, Visibility visibility, Instant now) {
        List<String> where = new ArrayList<>();
        for (String word : r.words()) {
            String pattern = string("%" + word + "%");
            where.add("(LOWER(target_name) LIKE " + pattern + " OR LOWER(obs_title) LIKE " + pattern + ")");
        }
        r.terms().forEach((facet, values) -> where.add(terms(facet, values)));
        if (r.release().size() == 1) {
            where.add(ProductFields.RELEASE + (r.release().contains(ReleaseState.PUBLIC) ? " <= " : " > ") + timestamp(now));
        }
        r.ranges().forEach((facet, range) -> where.addAll(range(facet, range)));
        if (r.covers() != null) {
            where.add(ProductFields.EM_MIN + " <= " + number(r.covers().high()));
            where.add(ProductFields.EM_MAX + " >= " + number(r.covers().low()));
        }
        if (r.cone() != null) {
            Cone c = r.cone();
            where.add("CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', " + number(c.ra()) + ", " + number(c.dec())
                    + ", " + number(c.radius()) + ")) = 1");
        }
        if (!visibility.operator()) {
            String released = ProductFields.RELEASE + " <= " + timestamp(now);
            where.add(visibility.programmes().isEmpty() ? released
                    : "(" + released + " OR " + ProductFields.PROPOSAL + " IN (" + strings(visibility.programmes()) + "))");
        }
        StringBuilder adql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ivoa.obscore");
        if (!where.isEmpty()) {
            adql.append(" WHERE ").append(String.join(" AND ", where));
        }
        if (r.sort() != SortKey.RELEVANCE) {
            adql.append(" ORDER BY ").append(r.sort().field()).append(r.descending() ? " DESC" : " ASC");
        }
        return adql.toString();
    }

    private static String terms(TermFacet facet, Set<String> values) {
        if (facet == TermFacet.LEVEL) {
            return facet.field() + " IN (" + values.stream().sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (facet == TermFacet.TARGET_CLASS && values.contains(ProductFields.UNKNOWN_CLASS)) {
            return "(" + facet.field() + " IS NULL OR " + facet.field() + " IN (" + strings(values) + "))";
        }
        return facet.field() + " IN (" + strings(values) + ")";
    }

    private static List<String> range(RangeFacet facet, ValueRange range) {
        List<String> out = new ArrayList<>();
        if (range.low() != null) {
            out.add(facet.field() + " >= " + number(range.low()));
        }
        if (range.high() != null) {
            out.add(facet.field() + (range.highExclusive() ? " < " : " <= ") + number(range.high()));
        }
        return out;
    }

    private static String strings(Set<String> values) {
        return values.stream().sorted().map(AdqlBridge::string).collect(Collectors.joining(", "));
    }

    /** A string literal: quotes doubled, nothing else is special in ADQL strings. */
    static String string(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The shortest decimal that reads back as the same double, without exponent. */
    static String number(double v) {
        return BigDecimal.valueOf(v).toPlainString();
    }

    static String timestamp(Instant t) {
        return "'" + TIMESTAMP.format(t) + "'";
    }
}
