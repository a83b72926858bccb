package org.voarchive.facets.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.voarchive.facets.index.ProductDocument;
import org.voarchive.facets.search.Mjd;
import org.voarchive.facets.search.RangeFacet;
import org.voarchive.facets.search.ReleaseState;
import org.voarchive.facets.search.SearchRequest;
import org.voarchive.facets.search.SearchResult;
import org.voarchive.facets.search.SortKey;
import org.voarchive.facets.search.TermFacet;

/**
 * The JSON documents of {@code /search}. Values are in display units (nm, ISO dates and times in UTC
 * with a {@code Z}); absent values are JSON nulls, never left out.
 */
final class SearchJson {

    static final List<String> EXAMPLES = List.of(
            "/search?q=", "/search?instrument=UVES&snr=50..", "/search?type=image&date=2024-01-01..2024-12-31",
            "/search?covers=656.28&sort=resolution", "/search?ra=10.68&dec=-41.27&radius=1&sort=date:asc");

    private SearchJson() {
    }

    static JsonObject description(SearchResult everything) {
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (SearchRequest.Parameter p : SearchRequest.PARAMETERS) {
            parameters.add(Json.createObjectBuilder().add("name", p.name()).add("type", p.type())
                    .add("description", p.description()));
        }
        JsonArrayBuilder facets = Json.createArrayBuilder();
        for (TermFacet f : TermFacet.values()) {
            facets.add(Json.createObjectBuilder().add("name", f.parameter()).add("label", f.label()).add("kind", "terms"));
        }
        facets.add(Json.createObjectBuilder().add("name", "release").add("label", "Release").add("kind", "terms"));
        for (RangeFacet f : RangeFacet.values()) {
            SearchResult.RangeCounts c = everything.ranges().get(f);
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", f.parameter()).add("label", f.label())
                    .add("kind", "range").add("unit", f.unit());
            value(o, "min", f, c.min());
            value(o, "max", f, c.max());
            facets.add(o);
        }
        JsonArrayBuilder sort = Json.createArrayBuilder();
        for (SortKey k : SortKey.values()) {
            sort.add(k.value());
        }
        return Json.createObjectBuilder()
                .add("service", "VO Archive faceted search")
                .add("total", everything.total())
                .add("parameters", parameters)
                .add("facets", facets)
                .add("sort", sort)
                .add("examples", Json.createArrayBuilder(EXAMPLES))
                .build();
    }

    static JsonObject result(SearchResult r, String adql, URI base, Instant now) {
        JsonArrayBuilder products = Json.createArrayBuilder();
        for (ProductDocument p : r.products()) {
            products.add(product(p, base, now));
        }
        JsonObjectBuilder facets = Json.createObjectBuilder();
        r.terms().forEach((f, counts) -> facets.add(f.parameter(), terms(counts)));
        facets.add("release", terms(r.release()));
        r.ranges().forEach((f, c) -> {
            JsonArrayBuilder buckets = Json.createArrayBuilder();
            for (SearchResult.Bucket b : c.buckets()) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                value(o, "from", f, b.from());
                value(o, "to", f, b.to());
                buckets.add(o.add("count", b.count()));
            }
            JsonObjectBuilder o = Json.createObjectBuilder();
            value(o, "min", f, c.min());
            value(o, "max", f, c.max());
            facets.add(f.parameter(), o.add("buckets", buckets));
        });
        return Json.createObjectBuilder()
                .add("total", r.total())
                .add("offset", r.offset())
                .add("limit", r.limit())
                .add("results", products)
                .add("facets", facets)
                .add("adql", adql)
                .add("tap", base.resolve("tap/sync?REQUEST=doQuery&LANG=ADQL&RESPONSEFORMAT=votable&QUERY=" + encode(adql))
                        .toString())
                .build();
    }

    private static JsonObjectBuilder product(ProductDocument p, URI base, Instant now) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        text(o, "id", p.id());
        text(o, "obs_id", p.obsId());
        text(o, "title", p.title());
        text(o, "target", p.target());
        text(o, "target_class", p.targetClass());
        text(o, "instrument", p.instrument());
        text(o, "collection", p.collection());
        text(o, "type", p.type());
        o.add("level", p.level());
        number(o, "ra", p.ra());
        number(o, "dec", p.dec());
        number(o, "snr", p.snr());
        number(o, "resolution", p.resolution());
        value(o, "wavemin", RangeFacet.WAVEMIN, p.emMin());
        value(o, "wavemax", RangeFacet.WAVEMAX, p.emMax());
        number(o, "exptime", p.exptime());
        number(o, "maglim", p.maglim());
        text(o, "date", p.tMin() == null ? null : Mjd.toInstant(p.tMin()).truncatedTo(ChronoUnit.SECONDS).toString());
        o.add("release", (p.releasedAt(now) ? ReleaseState.PUBLIC : ReleaseState.PROPRIETARY).value());
        o.add("release_date", p.releaseDate().truncatedTo(ChronoUnit.SECONDS).toString());
        text(o, "access_url", p.accessUrl());
        o.add("datalink", base.resolve("datalink/links?ID=" + encode(p.id())).toString());
        text(o, "preview", p.arcfile() == null ? null : base.resolve("datalink/preview/" + p.arcfile() + ".png").toString());
        return o;
    }

    private static JsonArrayBuilder terms(List<SearchResult.TermCount> counts) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        counts.forEach(c -> a.add(Json.createObjectBuilder().add("value", c.value()).add("count", c.count())));
        return a;
    }

    /** A range facet's value in its display unit: a number, or an ISO date for the observation date. */
    private static void value(JsonObjectBuilder o, String name, RangeFacet f, Double stored) {
        if (stored == null) {
            o.addNull(name);
        } else if (f.isDate()) {
            o.add(name, Mjd.toDate(stored).toString());
        } else if (f.scaled()) {
            o.add(name, f.toDisplay(stored));
        } else {
            o.add(name, stored);
        }
    }

    private static void number(JsonObjectBuilder o, String name, Double v) {
        if (v == null) {
            o.addNull(name);
        } else {
            o.add(name, v);
        }
    }

    private static void text(JsonObjectBuilder o, String name, String v) {
        if (v == null) {
            o.addNull(name);
        } else {
            o.add(name, v);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
