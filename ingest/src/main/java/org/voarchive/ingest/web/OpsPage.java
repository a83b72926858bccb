package org.voarchive.ingest.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.voarchive.ingest.ops.CompletenessQuery;
import org.voarchive.ingest.ops.ItemSummary;
import org.voarchive.ingest.ops.Missing;
import org.voarchive.ingest.ops.QcQuery;
import org.voarchive.ingest.ops.QuarantineQuery;
import org.voarchive.ingest.ops.Score;
import org.voarchive.ingest.ops.StreamStatus;
import org.voarchive.server.web.Html;

/**
 * The operators' page: the stream's counts, the quarantine with reasons, the frames waiting for
 * calibrations, QC1 per instrument with its verdict and trend plots, and calibration completeness per
 * night. One self-contained HTML document (inline CSS, no script, nothing fetched but the plots from
 * this server); every value from the database is escaped, since reasons quote whatever a file held.
 */
final class OpsPage {

    /** What the page shows, read in one snapshot. */
    record Model(StreamStatus status, Map<String, Long> reasonCodes, List<ItemSummary> quarantined,
                 List<QuarantineQuery.Waiting> waiting, List<QcQuery.InstrumentQc> qc,
                 List<CompletenessQuery.Night> completeness) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private static final String CSS = "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}"
            + "td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top}"
            + "th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "code{font-size:.85em}.badge{display:inline-block;padding:.05rem .45rem;border-radius:.6rem;"
            + "color:#fff;font-size:.85em;font-weight:600}.OK,.COMPLETE,.DONE{background:#2da44e}"
            + ".WARNING,.WAITING,.PENDING{background:#d4780b}.OUT,.INCOMPLETE,.QUARANTINED{background:#cf222e}"
            + ".NA,.ACTIVE{background:#8c959f}.plots{display:flex;flex-wrap:wrap;gap:.5rem}"
            + ".plots img{max-width:100%;border:1px solid #d0d7de}nav a{margin-right:.8rem}"
            + ".muted{color:#57606a}";

    private OpsPage() {
    }

    /**
     * @param title    the archive's name
     * @param basePath the application's base path, ending in a slash: links and plots hang under it
     */
    static String render(String title, String basePath, Model m) {
        StringBuilder html = new StringBuilder(16_384);
        String heading = title == null || title.isBlank() ? "Transfer stream" : title + ": transfer stream";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(heading)).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(heading)).append("</h1>\n");
        nav(html, basePath);
        stream(html, m.status());
        quarantine(html, m.reasonCodes(), m.quarantined());
        waiting(html, m.waiting());
        qc(html, basePath, m.qc());
        completeness(html, m.completeness());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void nav(StringBuilder html, String basePath) {
        html.append("<nav>JSON: ");
        for (String api : List.of("status", "quarantine", "waiting", "qc", "completeness")) {
            String href = basePath + "ingest/api/" + api;
            html.append("<a href=\"").append(Html.escape(href)).append("\">").append(api).append("</a>");
        }
        html.append("</nav>\n");
    }

    private static void stream(StringBuilder html, StreamStatus s) {
        html.append("<h2 id=\"stream\">Stream</h2>\n<p>Last landed ").append(time(s.lastLanded()))
                .append(", last change ").append(time(s.lastUpdated())).append(" (UTC). Masters made: ")
                .append(s.masters()).append(" (").append(s.certifiedMasters()).append(" certified). Products published: ")
                .append(s.products()).append(".</p>\n<table>\n<tr><th>Instrument</th>");
        StreamStatus.STATES.forEach(state -> html.append("<th>").append(state).append("</th>"));
        html.append("</tr>\n");
        s.byInstrument().forEach((instrument, counts) -> countRow(html, Html.escape(instrument), counts));
        countRow(html, "<strong>all</strong>", s.byState());
        html.append("</table>\n<p>By stage reached: ");
        html.append(s.byStage().isEmpty() ? "<span class=\"muted\">no items yet</span>" : s.byStage().entrySet().stream()
                .map(e -> "<code>" + Html.escape(e.getKey()) + "</code> " + e.getValue())
                .collect(Collectors.joining(", ")));
        html.append("</p>\n<h3>Latest items</h3>\n");
        items(html, s.recent(), true);
    }

    private static void countRow(StringBuilder html, String label, Map<String, Long> counts) {
        html.append("<tr><td>").append(label).append("</td>");
        StreamStatus.STATES.forEach(state -> html.append("<td class=\"n\">").append(counts.getOrDefault(state, 0L))
                .append("</td>"));
        html.append("</tr>\n");
    }

    private static void quarantine(StringBuilder html, Map<String, Long> codes, List<ItemSummary> items) {
        html.append("<h2 id=\"quarantine\">Quarantine</h2>\n");
        if (!codes.isEmpty()) {
            html.append("<p>By reason: ").append(codes.entrySet().stream()
                    .map(e -> "<code>" + Html.escape(e.getKey()) + "</code> " + e.getValue())
                    .collect(Collectors.joining(", "))).append("</p>\n");
        }
        items(html, items, false);
    }

    private static void items(StringBuilder html, List<ItemSummary> items, boolean withState) {
        if (items.isEmpty()) {
            html.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>Id</th><th>Source</th><th>ARCFILE</th><th>Instrument</th><th>Stage</th>")
                .append(withState ? "<th>State</th>" : "")
                .append("<th>Code</th><th>Reason</th><th>Landed (UTC)</th></tr>\n");
        for (ItemSummary i : items) {
            html.append("<tr><td class=\"n\">").append(i.id()).append("</td><td>").append(Html.escape(i.sourceName()))
                    .append("</td><td><code>").append(Html.escape(i.arcfile())).append("</code></td><td>")
                    .append(Html.escape(i.instrument())).append("</td><td>").append(Html.escape(i.stage()))
                    .append("</td>");
            if (withState) {
                html.append("<td>").append(badge(i.state())).append("</td>");
            }
            html.append("<td><code>").append(Html.escape(i.reasonCode())).append("</code></td><td>")
                    .append(Html.escape(i.reason())).append("</td><td>").append(UTC.format(i.landedAt()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void waiting(StringBuilder html, List<QuarantineQuery.Waiting> waiting) {
        html.append("<h2 id=\"waiting\">Waiting for calibrations</h2>\n");
        if (waiting.isEmpty()) {
            html.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>Id</th><th>ARCFILE</th><th>Instrument</th><th>Stage</th><th>Waiting since (UTC)</th>")
                .append("<th>Reason</th><th>Missing</th></tr>\n");
        for (QuarantineQuery.Waiting w : waiting) {
            ItemSummary i = w.item();
            html.append("<tr><td class=\"n\">").append(i.id()).append("</td><td><code>").append(Html.escape(i.arcfile()))
                    .append("</code></td><td>").append(Html.escape(i.instrument())).append("</td><td>")
                    .append(Html.escape(i.stage())).append("</td><td>").append(UTC.format(i.updatedAt()))
                    .append("</td><td>").append(Html.escape(i.reason())).append("</td><td>");
            missing(html, w.missing());
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void qc(StringBuilder html, String basePath, List<QcQuery.InstrumentQc> instruments) {
        html.append("<h2 id=\"qc\">Quality control</h2>\n");
        if (instruments.isEmpty()) {
            html.append("<p class=\"muted\">No QC1 values yet.</p>\n");
            return;
        }
        for (QcQuery.InstrumentQc q : instruments) {
            html.append("<h3>").append(Html.escape(q.instrument())).append(' ').append(badge(q.verdict().name()))
                    .append("</h3>\n<table>\n<tr><th>Parameter</th><th>Setup</th><th>Latest value</th><th>Reference</th>")
                    .append("<th>Thresholds</th><th>Score</th><th>MJD</th><th>Measurements</th></tr>\n");
            for (QcQuery.Latest l : q.latest()) {
                html.append("<tr><td><code>").append(Html.escape(l.parameter())).append("</code></td><td>")
                        .append(Html.escape(l.setup())).append("</td><td class=\"n\">").append(number(l.point().value()))
                        .append("</td><td class=\"n\">").append(number(l.point().reference())).append("</td><td>")
                        .append(thresholds(l.point().low(), l.point().high()))
                        .append("</td><td>").append(badge(l.point().score().name())).append("</td><td class=\"n\">")
                        .append(number(l.point().mjdObs())).append("</td><td class=\"n\">").append(l.measurements())
                        .append("</td></tr>\n");
            }
            html.append("</table>\n<div class=\"plots\">\n");
            for (QcQuery.Latest l : q.latest()) {
                String src = QcPlotResource.url(basePath, q.instrument(), l.parameter(), l.setup());
                html.append("<img src=\"").append(Html.escape(src)).append("\" width=\"").append(TrendPlot.WIDTH)
                        .append("\" height=\"").append(TrendPlot.HEIGHT).append("\" alt=\"")
                        .append(Html.escape("trend of " + QcPlotResource.title(q.instrument(), l.parameter(), l.setup())))
                        .append("\" loading=\"lazy\">\n");
            }
            html.append("</div>\n");
        }
    }

    private static void completeness(StringBuilder html, List<CompletenessQuery.Night> nights) {
        html.append("<h2 id=\"completeness\">Calibration completeness</h2>\n");
        if (nights.isEmpty()) {
            html.append("<p class=\"muted\">No science frames yet.</p>\n");
            return;
        }
        for (CompletenessQuery.Night n : nights) {
            html.append("<h3>Night ").append(n.night()).append("</h3>\n<p>");
            html.append(n.totals().entrySet().stream().map(e -> badge(e.getKey().name()) + " " + e.getValue())
                    .collect(Collectors.joining(" ")));
            html.append("</p>\n<table>\n<tr><th>Instrument</th><th>Setup</th><th>ARCFILE</th><th>Tag</th><th>Object</th>")
                    .append("<th>Status</th><th>Missing</th></tr>\n");
            for (CompletenessQuery.Group g : n.groups()) {
                for (CompletenessQuery.Frame f : g.frames()) {
                    html.append("<tr><td>").append(Html.escape(g.instrument())).append("</td><td>")
                            .append(Html.escape(g.setup())).append("</td><td><code>").append(Html.escape(f.arcfile()))
                            .append("</code></td><td>").append(Html.escape(f.tag())).append("</td><td>")
                            .append(Html.escape(f.object())).append("</td><td>").append(badge(f.status().name()))
                            .append("</td><td>");
                    missing(html, f.missing());
                    html.append("</td></tr>\n");
                }
            }
            html.append("</table>\n");
        }
    }

    private static void missing(StringBuilder html, List<Missing> missing) {
        html.append(missing.stream()
                .map(m -> "<code>" + Html.escape(m.need()) + "</code>"
                        + (m.reason() == null ? "" : ": " + Html.escape(m.reason())))
                .collect(Collectors.joining("<br>")));
    }

    /** A state, status or score as a coloured label; the class is one of a fixed set of names. */
    private static String badge(String name) {
        return "<span class=\"badge " + Html.escape(name) + "\">" + Html.escape(name) + "</span>";
    }

    private static String time(Optional<LocalDateTime> utc) {
        return utc.map(UTC::format).orElse("never");
    }

    private static String thresholds(Double low, Double high) {
        if (low == null && high == null) {
            return "none";
        }
        return (low == null ? "&hellip;" : number(low)) + " to " + (high == null ? "&hellip;" : number(high));
    }

    private static String number(Double value) {
        return value == null ? "" : Html.escape(String.valueOf(value));
    }
}
