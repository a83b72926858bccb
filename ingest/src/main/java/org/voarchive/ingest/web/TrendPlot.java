package org.voarchive.ingest.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import org.voarchive.ingest.ops.QcPoint;
import org.voarchive.ingest.ops.Score;
import org.voarchive.server.web.Html;

/**
 * Draws a QC1 series as a standalone SVG document: MJD on x (with the calendar date under each tick),
 * the value on y, the threshold band and the reference line as they were at each measurement, and one
 * point per measurement coloured by its score. The y range always covers the band, so a point inside
 * the thresholds is seen to be inside. Values that are not finite cannot be placed and are left out.
 */
public final class TrendPlot {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 320;
    public static final int LEFT = 72;
    public static final int RIGHT = 20;
    public static final int TOP = 36;
    public static final int BOTTOM = 56;

    static final String OK = "#2da44e";
    static final String WARNING = "#d4780b";
    static final String OUT = "#cf222e";
    static final String NA = "#8c959f";

    private static final LocalDate MJD_ZERO = LocalDate.of(1858, 11, 17);

    private TrendPlot() {
    }

    /** Where data coordinates fall in the picture: the ranges shown and the plot area they map onto. */
    public record Axes(double xMin, double xMax, double yMin, double yMax) {

        public double x(double mjd) {
            return LEFT + (mjd - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT);
        }

        public double y(double value) {
            return HEIGHT - BOTTOM - (value - yMin) / (yMax - yMin) * (HEIGHT - TOP - BOTTOM);
        }
    }

    /**
     * The ranges for a series: every finite MJD, value, reference and threshold, with a margin of 5 %
     * so that no point sits on the frame; where all are equal, a day either side on x and 5 % of
     * the value (one unit about zero) on y.
     *
     * @throws IllegalArgumentException when the series has no finite point
     */
    public static Axes axes(List<QcPoint> points) {
        List<QcPoint> drawn = drawable(points);
        if (drawn.isEmpty()) {
            throw new IllegalArgumentException("a series without finite points has no axes");
        }
        double[] x = drawn.stream().mapToDouble(QcPoint::mjdObs).toArray();
        double[] y = drawn.stream().flatMapToDouble(p -> DoubleStream.of(p.value(), orNaN(p.reference()),
                orNaN(p.low()), orNaN(p.high()))).filter(Double::isFinite).toArray();
        double xMax = DoubleStream.of(x).max().orElseThrow();
        double yMax = DoubleStream.of(y).max().orElseThrow();
        // a lone measurement gets a day either side, a flat value 5 % of itself (or one unit about zero)
        double[] xr = padded(DoubleStream.of(x).min().orElseThrow(), xMax, 1);
        double[] yr = padded(DoubleStream.of(y).min().orElseThrow(), yMax, yMax == 0 ? 1 : Math.abs(yMax) * 0.05);
        return new Axes(xr[0], xr[1], yr[0], yr[1]);
    }

    /** The SVG document; {@code title} is escaped, and an empty series gives a picture saying "no data". */
    public static String svg(String title, List<QcPoint> points) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\" font-family=\"sans-serif\"")
                .append(" font-size=\"11\">\n<title>").append(Html.escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"").append(WIDTH / 2).append("\" y=\"20\" text-anchor=\"middle\" font-size=\"13\"")
                .append(" font-weight=\"bold\">").append(Html.escape(title)).append("</text>\n");
        List<QcPoint> drawn = drawable(points);
        if (drawn.isEmpty()) {
            svg.append("<text class=\"no-data\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" fill=\"").append(NA).append("\">no data</text>\n</svg>\n");
            return svg.toString();
        }
        Axes axes = axes(drawn);
        band(svg, axes, drawn);
        grid(svg, axes);
        svg.append("<rect class=\"frame\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
                .append("\" fill=\"none\" stroke=\"#57606a\"/>\n");
        reference(svg, axes, drawn);
        for (QcPoint p : drawn) {
            svg.append("<circle class=\"point\" data-score=\"").append(p.score().name()).append("\" cx=\"")
                    .append(num(axes.x(p.mjdObs()))).append("\" cy=\"").append(num(axes.y(p.value())))
                    .append("\" r=\"4\" fill=\"").append(colour(p.score())).append("\" stroke=\"#1b1f24\" stroke-width=\"0.5\">")
                    .append("<title>").append(Html.escape(p.arcfile() + ": " + p.value() + " (" + p.score() + ")"))
                    .append("</title></circle>\n");
        }
        svg.append("<text x=\"").append(LEFT + (WIDTH - LEFT - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\">MJD (date, UTC)</text>\n")
                .append("<text x=\"14\" y=\"").append(TOP + (HEIGHT - TOP - BOTTOM) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ").append(TOP + (HEIGHT - TOP - BOTTOM) / 2)
                .append(")\">value</text>\n</svg>\n");
        return svg.toString();
    }

    /** The colour of a score: green OK, orange WARNING, red OUT, grey NA. */
    public static String colour(Score score) {
        return switch (score) {
            case OK -> OK;
            case WARNING -> WARNING;
            case OUT -> OUT;
            case NA -> NA;
        };
    }

    /** Tick positions at a round step (1, 2 or 5 times a power of ten) inside [min, max]. */
    static List<Double> ticks(double min, double max, int target) {
        double step = step(min, max, target);
        List<Double> ticks = new ArrayList<>();
        // multiples of the step rather than running sums, so 0.1 + 0.2 errors do not creep into labels
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
            ticks.add(Double.parseDouble(format(k * step, decimals(step))));
        }
        return ticks;
    }

    private static double step(double min, double max, int target) {
        double raw = (max - min) / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        return (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * magnitude;
    }

    private static void grid(StringBuilder svg, Axes axes) {
        int xDecimals = decimals(step(axes.xMin(), axes.xMax(), 6));
        for (double t : ticks(axes.xMin(), axes.xMax(), 6)) {
            String x = num(axes.x(t));
            svg.append("<line class=\"tick\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM + 4).append("\" stroke=\"#d0d7de\"/>\n")
                    .append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(format(t, xDecimals)).append("</text>\n");
            if (Math.abs(t - Math.rint(t)) < 1e-9) {
                // a date under whole days only, where it names the day the tick starts
                svg.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 28)
                        .append("\" text-anchor=\"middle\" fill=\"#57606a\" font-size=\"9\">")
                        .append(MJD_ZERO.plusDays(Math.round(t))).append("</text>\n");
            }
        }
        int yDecimals = decimals(step(axes.yMin(), axes.yMax(), 5));
        for (double t : ticks(axes.yMin(), axes.yMax(), 5)) {
            String y = num(axes.y(t));
            svg.append("<line class=\"tick\" x1=\"").append(LEFT - 4).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"#d0d7de\"/>\n")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y)
                    .append("\" dy=\"0.35em\" text-anchor=\"end\">").append(format(t, yDecimals)).append("</text>\n");
        }
    }

    /** The thresholds as they stood at each measurement, held flat out to the frame on both sides. */
    private static void band(StringBuilder svg, Axes axes, List<QcPoint> points) {
        List<QcPoint> banded = points.stream().filter(p -> finite(p.low()) && finite(p.high())).toList();
        if (banded.isEmpty()) {
            return;
        }
        List<String> upper = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        upper.add(LEFT + "," + num(axes.y(banded.get(0).high())));
        lower.add(LEFT + "," + num(axes.y(banded.get(0).low())));
        for (QcPoint p : banded) {
            upper.add(num(axes.x(p.mjdObs())) + "," + num(axes.y(p.high())));
            lower.add(num(axes.x(p.mjdObs())) + "," + num(axes.y(p.low())));
        }
        upper.add((WIDTH - RIGHT) + "," + num(axes.y(banded.get(banded.size() - 1).high())));
        lower.add((WIDTH - RIGHT) + "," + num(axes.y(banded.get(banded.size() - 1).low())));
        List<String> outline = new ArrayList<>(upper);
        for (int i = lower.size() - 1; i >= 0; i--) {
            outline.add(lower.get(i));
        }
        svg.append("<polygon class=\"band\" points=\"").append(String.join(" ", outline))
                .append("\" fill=\"").append(OK).append("\" fill-opacity=\"0.12\" stroke=\"").append(OK)
                .append("\" stroke-opacity=\"0.5\"/>\n");
    }

    private static void reference(StringBuilder svg, Axes axes, List<QcPoint> points) {
        List<QcPoint> referenced = points.stream().filter(p -> finite(p.reference())).toList();
        if (referenced.isEmpty()) {
            return;
        }
        List<String> line = new ArrayList<>();
        line.add(LEFT + "," + num(axes.y(referenced.get(0).reference())));
        referenced.forEach(p -> line.add(num(axes.x(p.mjdObs())) + "," + num(axes.y(p.reference()))));
        line.add((WIDTH - RIGHT) + "," + num(axes.y(referenced.get(referenced.size() - 1).reference())));
        svg.append("<polyline class=\"reference\" points=\"").append(String.join(" ", line))
                .append("\" fill=\"none\" stroke=\"#0969da\" stroke-dasharray=\"6 4\"/>\n");
    }

    private static List<QcPoint> drawable(List<QcPoint> points) {
        return points.stream().filter(p -> Double.isFinite(p.mjdObs()) && Double.isFinite(p.value())).toList();
    }

    private static double[] padded(double min, double max, double flatMargin) {
        double margin = max > min ? (max - min) * 0.05 : flatMargin;
        return new double[] {min - margin, max + margin};
    }

    private static int decimals(double step) {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String num(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    private static boolean finite(Double value) {
        return value != null && Double.isFinite(value);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
