package org.voarchive.ingest.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voarchive.ingest.ops.CompletenessQuery;
import org.voarchive.ingest.ops.ItemSummary;
import org.voarchive.ingest.ops.Missing;
import org.voarchive.ingest.ops.QcPoint;
import org.voarchive.ingest.ops.QcQuery;
import org.voarchive.ingest.ops.QuarantineQuery;
import org.voarchive.ingest.ops.StreamStatus;

/**
 * The operators' API documents. Field names are camelCase; times are UTC in ISO 8601 with a {@code Z};
 * absent values (an item landing could not name, a parameter without thresholds) are JSON nulls, never
 * left out, so clients can rely on every field being there.
 */
final class OpsJson {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private OpsJson() {
    }

    static JsonObject status(StreamStatus s) {
        JsonObjectBuilder instruments = Json.createObjectBuilder();
        s.byInstrument().forEach((instrument, counts) -> instruments.add(instrument, counts(counts)));
        JsonArrayBuilder recent = Json.createArrayBuilder();
        s.recent().forEach(i -> recent.add(item(i)));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("states", counts(s.byState()))
                .add("stages", counts(s.byStage()))
                .add("instruments", instruments);
        time(o, "lastLanded", s.lastLanded());
        time(o, "lastUpdated", s.lastUpdated());
        return o.add("masters", s.masters())
                .add("certifiedMasters", s.certifiedMasters())
                .add("products", s.products())
                .add("recent", recent)
                .build();
    }

    static JsonObject quarantine(String code, Map<String, Long> reasonCodes, List<ItemSummary> items) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        items.forEach(i -> list.add(item(i)));
        JsonObjectBuilder o = Json.createObjectBuilder();
        text(o, "code", code);
        return o.add("reasonCodes", counts(reasonCodes)).add("items", list).build();
    }

    static JsonObject waiting(List<QuarantineQuery.Waiting> waiting) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        waiting.forEach(w -> list.add(item(w.item()).add("missing", missing(w.missing()))));
        return Json.createObjectBuilder().add("items", list).build();
    }

    static JsonObject qc(List<QcQuery.InstrumentQc> instruments) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (QcQuery.InstrumentQc q : instruments) {
            JsonArrayBuilder latest = Json.createArrayBuilder();
            q.latest().forEach(l -> latest.add(Json.createObjectBuilder()
                    .add("parameter", l.parameter())
                    .add("setup", l.setup())
                    .add("measurements", l.measurements())
                    .add("latest", point(l.point()))));
            list.add(Json.createObjectBuilder()
                    .add("instrument", q.instrument())
                    .add("verdict", q.verdict().name())
                    .add("parameters", Json.createArrayBuilder(q.parameters()))
                    .add("setups", Json.createArrayBuilder(q.setups()))
                    .add("latest", latest));
        }
        return Json.createObjectBuilder().add("instruments", list).build();
    }

    static JsonObject series(String instrument, String parameter, String setup, List<QcPoint> points) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        points.forEach(p -> list.add(point(p)));
        return Json.createObjectBuilder()
                .add("instrument", instrument)
                .add("parameter", parameter)
                .add("setup", setup)
                .add("points", list)
                .build();
    }

    static JsonObject completeness(List<CompletenessQuery.Night> nights) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CompletenessQuery.Night n : nights) {
            JsonObjectBuilder totals = Json.createObjectBuilder();
            n.totals().forEach((status, count) -> totals.add(status.name(), count));
            totals.add("frames", n.totals().values().stream().mapToInt(Integer::intValue).sum());
            JsonArrayBuilder groups = Json.createArrayBuilder();
            for (CompletenessQuery.Group g : n.groups()) {
                JsonArrayBuilder frames = Json.createArrayBuilder();
                for (CompletenessQuery.Frame f : g.frames()) {
                    JsonObjectBuilder frame = Json.createObjectBuilder().add("arcfile", f.arcfile()).add("tag", f.tag());
                    text(frame, "object", f.object());
                    number(frame, "mjdObs", f.mjdObs());
                    frames.add(frame.add("status", f.status().name())
                            .add("missing", missing(f.missing())));
                }
                groups.add(Json.createObjectBuilder()
                        .add("instrument", g.instrument())
                        .add("setup", g.setup())
                        .add("frames", frames));
            }
            list.add(Json.createObjectBuilder()
                    .add("night", n.night().toString())
                    .add("totals", totals)
                    .add("groups", groups));
        }
        return Json.createObjectBuilder().add("nights", list).build();
    }

    /** An error answer: the HTTP status, its phrase and what was wrong. */
    static JsonObject error(int status, String phrase, String message) {
        return Json.createObjectBuilder()
                .add("status", status)
                .add("error", phrase)
                .add("message", message)
                .build();
    }

    private static JsonObjectBuilder item(ItemSummary i) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", i.id()).add("sourceName", i.sourceName());
        text(o, "arcfile", i.arcfile());
        text(o, "instrument", i.instrument());
        o.add("stage", i.stage()).add("state", i.state());
        text(o, "reasonCode", i.reasonCode());
        text(o, "reason", i.reason());
        time(o, "landedAt", Optional.of(i.landedAt()));
        time(o, "updatedAt", Optional.of(i.updatedAt()));
        return o;
    }

    private static JsonObjectBuilder point(QcPoint p) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        number(o, "mjdObs", p.mjdObs());
        number(o, "value", p.value());
        number(o, "reference", p.reference());
        number(o, "low", p.low());
        number(o, "high", p.high());
        return o.add("score", p.score().name()).add("arcfile", p.arcfile());
    }

    private static JsonArrayBuilder missing(List<Missing> missing) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        missing.forEach(m -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("need", m.need());
            text(o, "reason", m.reason());
            list.add(o);
        });
        return list;
    }

    private static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        counts.forEach(o::add);
        return o;
    }

    private static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    /** JSON has no NaN or infinity: a value PostgreSQL holds as one is given as null. */
    private static void number(JsonObjectBuilder o, String name, Double value) {
        if (value == null || !Double.isFinite(value)) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void time(JsonObjectBuilder o, String name, Optional<LocalDateTime> utc) {
        text(o, name, utc.map(UTC::format).orElse(null));
    }
}
