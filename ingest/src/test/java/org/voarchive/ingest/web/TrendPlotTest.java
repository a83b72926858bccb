package org.voarchive.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voarchive.ingest.ops.QcPoint;
import org.voarchive.ingest.ops.Score;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TrendPlotTest {

    private static final List<QcPoint> SERIES = List.of(
            new QcPoint(60367.8, 150.5, 150.0, 148.0, 152.0, Score.OK, "A.fits"),
            new QcPoint(60368.8, 153.1, 150.0, 148.0, 152.0, Score.WARNING, "B.fits"),
            new QcPoint(60369.8, 160.0, 150.0, 148.0, 152.0, Score.OUT, "C.fits"),
            new QcPoint(60370.8, 149.9, null, null, null, Score.NA, "D.fits"));

    @Test
    void yRangeCoversTheThresholdBandEvenWhenAllValuesAreInside() {
        List<QcPoint> inside = List.of(new QcPoint(60000, 10.0, 10.0, 5.0, 20.0, Score.OK, "A.fits"),
                new QcPoint(60001, 10.2, 10.0, 5.0, 20.0, Score.OK, "B.fits"));
        TrendPlot.Axes axes = TrendPlot.axes(inside);
        assertTrue(axes.yMin() < 5.0, "low threshold shown: " + axes);
        assertTrue(axes.yMax() > 20.0, "high threshold shown: " + axes);
        assertTrue(axes.y(5.0) <= TrendPlot.HEIGHT - TrendPlot.BOTTOM && axes.y(20.0) >= TrendPlot.TOP);
        assertTrue(axes.y(20.0) < axes.y(5.0), "larger values are higher up");
    }

    @Test
    void everyPointFallsInsideThePlotArea() {
        TrendPlot.Axes axes = TrendPlot.axes(SERIES);
        for (QcPoint p : SERIES) {
            double x = axes.x(p.mjdObs());
            double y = axes.y(p.value());
            assertTrue(x > TrendPlot.LEFT && x < TrendPlot.WIDTH - TrendPlot.RIGHT, "x of " + p);
            assertTrue(y > TrendPlot.TOP && y < TrendPlot.HEIGHT - TrendPlot.BOTTOM, "y of " + p);
        }
        assertTrue(axes.x(60367.8) < axes.x(60370.8), "later is further right");
    }

    @Test
    void aSinglePointGetsARangeAroundIt() {
        TrendPlot.Axes axes = TrendPlot.axes(List.of(new QcPoint(60000.5, 3.0, null, null, null, Score.NA, "A.fits")));
        assertEquals(59999.5, axes.xMin(), 1e-9, "a day either side");
        assertEquals(60001.5, axes.xMax(), 1e-9);
        assertEquals(2.85, axes.yMin(), 1e-9, "5 % of the value");
        assertEquals(3.15, axes.yMax(), 1e-9);
        assertEquals(TrendPlot.LEFT + (TrendPlot.WIDTH - TrendPlot.LEFT - TrendPlot.RIGHT) / 2.0, axes.x(60000.5), 1e-9);
    }

    @Test
    void aSeriesWithoutFinitePointsHasNoAxes() {
        var e = assertThrows(IllegalArgumentException.class, () -> TrendPlot.axes(
                List.of(new QcPoint(60000, Double.NaN, null, null, null, Score.NA, "A.fits"))));
        assertTrue(e.getMessage().contains("finite"));
    }

    @Test
    void svgHasOnePointPerRowColouredByScoreInsideTheFrame() throws Exception {
        Document doc = Svg.parse(TrendPlot.svg("UVES bias_level (RED_580)", SERIES));
        List<Element> points = Svg.elements(doc, "circle");
        assertEquals(4, points.size());
        assertEquals(List.of(TrendPlot.OK, TrendPlot.WARNING, TrendPlot.OUT, TrendPlot.NA),
                points.stream().map(c -> c.getAttribute("fill")).toList());
        for (Element c : points) {
            double cx = Double.parseDouble(c.getAttribute("cx"));
            double cy = Double.parseDouble(c.getAttribute("cy"));
            assertTrue(cx > TrendPlot.LEFT && cx < TrendPlot.WIDTH - TrendPlot.RIGHT);
            assertTrue(cy > TrendPlot.TOP && cy < TrendPlot.HEIGHT - TrendPlot.BOTTOM);
        }
        assertEquals(1, Svg.elements(doc, "polygon").size(), "the threshold band");
        assertEquals(1, Svg.elements(doc, "polyline").size(), "the reference line");
        assertTrue(Svg.elements(doc, "text").stream().anyMatch(t -> t.getTextContent().equals("2024-03-01")),
                "dates under the MJD ticks");
        assertTrue(Svg.elements(doc, "line").size() >= 4, "ticks on both axes");
    }

    @Test
    void titleIsEscapedAndEmptySeriesSaysNoData() throws Exception {
        Document doc = Svg.parse(TrendPlot.svg("A<&>\"'B", List.of()));
        assertEquals("A<&>\"'B", Svg.elements(doc, "title").get(0).getTextContent());
        assertTrue(Svg.elements(doc, "text").stream().anyMatch(t -> t.getTextContent().equals("no data")));
        assertTrue(Svg.elements(doc, "circle").isEmpty());
    }

    @Test
    void ticksAreRoundNumbersInsideTheRange() {
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), TrendPlot.ticks(-0.3, 10.4, 5));
        assertEquals(List.of(148.0, 149.0, 150.0, 151.0, 152.0, 153.0), TrendPlot.ticks(147.5, 153.5, 5));
        assertEquals(List.of(60368.0, 60369.0, 60370.0), TrendPlot.ticks(60367.6, 60370.9, 3));
        assertEquals(List.of(0.2, 0.4, 0.6, 0.8), TrendPlot.ticks(0.15, 0.85, 4), "multiples, not sums, of the step");
    }
}
