package org.voarchive.ingest.qc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.model.EchelleFormat;
import org.voarchive.ingest.pixels.EchelleOrders;
import org.voarchive.ingest.pixels.EmissionLines;
import org.voarchive.ingest.pixels.FitsHeaders;
import org.voarchive.ingest.pixels.FitsImages;
import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.Image;
import org.voarchive.ingest.pixels.Readout;
import org.voarchive.ingest.pixels.Stats;
import org.voarchive.ingest.pixels.UvesFormats;

/**
 * Measures the QC1 parameters of one raw calibration frame from its pixels, by the frame's tag:
 *
 * <ul>
 * <li>bias: {@code QC.BIAS.LEVEL} (median, ADU), {@code QC.RON} (ADU), {@code QC.STRUCTX},
 *     {@code QC.STRUCTY} (ADU: spread of the column and row means beyond what read noise explains);</li>
 * <li>dark: {@code QC.DARK.MED} (ADU), {@code QC.DARK.CURRENT} (ADU/s above the overscan level, per
 *     DET.DIT when present, else per EXPTIME), {@code QC.RON};</li>
 * <li>lamp flat: {@code QC.FLAT.LEVEL} (median of illuminated pixels above the overscan level, ADU),
 *     {@code QC.FLAT.UNIFORMITY} (robust sigma over median in the central quarter, %),
 *     {@code QC.FLAT.NBADPIX} (illuminated pixels off by more than 20% from their row neighbours);</li>
 * <li>twilight flat: as a lamp flat plus {@code QC.FLAT.MEDMEAN} and {@code QC.FLAT.MEDSTDEV}, the mean
 *     and standard deviation of the chips' medians;</li>
 * <li>arc (UVES): {@code QC.NLINES}, lines above 10 sigma in all orders, and {@code QC.FWHMMED}, their
 *     median FWHM in pixels;</li>
 * <li>science images: {@code QC.SKY.LEVEL} (median, ADU); science spectra: none.</li>
 * </ul>
 *
 * The read noise is the 4-sigma clipped standard deviation of the overscan (or prescan) when the chip has one, else of the
 * differences of adjacent pixels divided by the square root of 2. A frame of several chips gets each
 * chip's value under the name with the chip's 1-based number appended ({@code QC.RON1}..{@code QC.RON4})
 * and the overall value under the plain name: the sum for counts, the mean otherwise.
 *
 * <p>Stateless and thread-safe.
 */
public final class QcMeasurer {

    /** Sigmas above the background an arc line must peak. */
    public static final double LINE_DETECTION_SIGMAS = 10;
    private static final double BAD_PIXEL_DEVIATION = 0.2;
    private static final double CLIP_SIGMAS = 4;

    private QcMeasurer() {
    }

    /** The QC1 parameters of the raw frame {@code file} tagged {@code tag}, in a fixed order. */
    public static Map<String, Double> measure(String tag, Path file) throws IOException {
        return measure(tag, FitsHeaders.read(file), FitsImages.read(file));
    }

    public static Map<String, Double> measure(String tag, Keywords primary, List<HduImage> hdus) {
        FrameKind kind = FrameKind.of(tag);
        List<Map<String, Double>> perChip = new ArrayList<>();
        for (int i = 0; i < hdus.size(); i++) {
            HduImage hdu = hdus.get(i);
            Readout readout = Readout.of(primary, hdu.header());
            perChip.add(switch (kind) {
                case BIAS -> bias(readout, hdu.image());
                case DARK -> dark(readout, hdu.image(), exposure(primary));
                case LAMP_FLAT, TWILIGHT_FLAT -> flat(readout, hdu.image());
                case ARC -> arc(primary, i, readout.trim(hdu.image()).scaled(1, -level(readout, hdu.image())));
                case SCIENCE_IMAGE -> Map.of("QC.SKY.LEVEL", Stats.median(readout.trim(hdu.image()).data()));
                case SCIENCE_SPECTRUM -> Map.of();
            });
        }
        Map<String, Double> qc = combine(perChip);
        if (kind == FrameKind.TWILIGHT_FLAT) {
            float[] medians = new float[perChip.size()];
            for (int i = 0; i < medians.length; i++) {
                medians[i] = perChip.get(i).get("QC.FLAT.LEVEL").floatValue();
            }
            qc.put("QC.FLAT.MEDMEAN", Stats.mean(medians));
            qc.put("QC.FLAT.MEDSTDEV", Stats.stdev(medians));
        }
        return qc;
    }

    private static Map<String, Double> combine(List<Map<String, Double>> perChip) {
        Map<String, Double> qc = new LinkedHashMap<>();
        if (perChip.size() == 1) {
            qc.putAll(perChip.get(0));
            return qc;
        }
        for (String name : perChip.get(0).keySet()) {
            double sum = 0;
            for (int i = 0; i < perChip.size(); i++) {
                double v = perChip.get(i).get(name);
                qc.put(name + (i + 1), v);
                sum += v;
            }
            qc.put(name, isCount(name) ? sum : sum / perChip.size());
        }
        return qc;
    }

    private static boolean isCount(String name) {
        return name.equals("QC.NLINES") || name.equals("QC.FLAT.NBADPIX");
    }

    private static double exposure(Keywords primary) {
        double seconds = primary.number("DET.DIT").or(() -> primary.number("EXPTIME")).orElseThrow(() ->
                new IllegalArgumentException("a dark needs DET.DIT or EXPTIME to give a dark current"));
        if (seconds <= 0) {
            throw new IllegalArgumentException("a dark's exposure time must be positive, not " + seconds);
        }
        return seconds;
    }

    /** The read noise of a chip, ADU. */
    public static double readNoise(Readout readout, Image raw) {
        float[] unexposed = readout.unexposed(raw);
        if (unexposed.length >= 16) {
            return Stats.clippedSigma(unexposed, CLIP_SIGMAS);
        }
        return Stats.clippedSigma(readout.trim(raw).adjacentDifferences(), CLIP_SIGMAS) / Math.sqrt(2);
    }

    /** The electronic zero level: the median of the overscan (or prescan), or 0 for chips without either. */
    private static float level(Readout readout, Image raw) {
        float[] unexposed = readout.unexposed(raw);
        return unexposed.length == 0 ? 0f : (float) Stats.median(unexposed);
    }

    private static Map<String, Double> bias(Readout readout, Image raw) {
        Image trimmed = readout.trim(raw);
        double ron = readNoise(readout, raw);
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.BIAS.LEVEL", Stats.median(trimmed.data()));
        qc.put("QC.RON", ron);
        qc.put("QC.STRUCTX", structure(columnMeans(trimmed), ron, trimmed.height()));
        qc.put("QC.STRUCTY", structure(rowMeans(trimmed), ron, trimmed.width()));
        return qc;
    }

    /** The spread of the means beyond the read noise each mean of {@code n} pixels carries. */
    private static double structure(float[] means, double ron, int n) {
        double variance = Math.pow(Stats.stdev(means), 2) - ron * ron / n;
        return Math.sqrt(Math.max(0, variance));
    }

    private static float[] columnMeans(Image image) {
        float[] means = new float[image.width()];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                means[x] += image.get(x, y) / image.height();
            }
        }
        return means;
    }

    private static float[] rowMeans(Image image) {
        float[] means = new float[image.height()];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                means[y] += image.get(x, y) / image.width();
            }
        }
        return means;
    }

    private static Map<String, Double> dark(Readout readout, Image raw, double seconds) {
        double median = Stats.median(readout.trim(raw).data());
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.DARK.MED", median);
        qc.put("QC.DARK.CURRENT", (median - level(readout, raw)) / seconds);
        qc.put("QC.RON", readNoise(readout, raw));
        return qc;
    }

    private static Map<String, Double> flat(Readout readout, Image raw) {
        Image signal = readout.trim(raw).scaled(1, -level(readout, raw));
        double cut = 0.1 * Stats.percentile(signal.data(), 95);
        float[] illuminated = masked(signal, cut, 0, signal.width(), 0, signal.height());
        float[] central = masked(signal, cut, signal.width() / 4, 3 * signal.width() / 4,
                signal.height() / 4, 3 * signal.height() / 4);
        double centralMedian = Stats.median(central);
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.FLAT.LEVEL", Stats.median(illuminated));
        qc.put("QC.FLAT.UNIFORMITY", 100 * Stats.robustSigma(central) / centralMedian);
        qc.put("QC.FLAT.NBADPIX", (double) badPixels(signal, cut));
        return qc;
    }

    /** Pixels of the box above {@code cut}, others NaN (which the statistics skip). */
    private static float[] masked(Image image, double cut, int x0, int x1, int y0, int y1) {
        float[] box = image.region(x0, x1, y0, y1);
        for (int i = 0; i < box.length; i++) {
            if (!(box[i] > cut)) {
                box[i] = Float.NaN;
            }
        }
        return box;
    }

    /** Illuminated pixels that differ by more than 20% from the median of their two neighbours each side in the row. */
    private static int badPixels(Image image, double cut) {
        int bad = 0;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 2; x + 2 < image.width(); x++) {
                double reference = medianOfFour(image.get(x - 2, y), image.get(x - 1, y), image.get(x + 1, y),
                        image.get(x + 2, y));
                if (reference > cut && Math.abs(image.get(x, y) / reference - 1) > BAD_PIXEL_DEVIATION) {
                    bad++;
                }
            }
        }
        return bad;
    }

    /** The median of four values (the mean of the middle two), without sorting: this runs once per pixel. */
    private static double medianOfFour(float a, float b, float c, float d) {
        if (Float.isNaN(a) || Float.isNaN(b) || Float.isNaN(c) || Float.isNaN(d)) {
            return Double.NaN;
        }
        float min = Math.min(Math.min(a, b), Math.min(c, d));
        float max = Math.max(Math.max(a, b), Math.max(c, d));
        return ((double) a + b + c + d - min - max) / 2;
    }

    private static Map<String, Double> arc(Keywords primary, int chip, Image signal) {
        List<EmissionLines.Line> lines = arcLines(primary, chip, signal);
        double[] widths = lines.stream().mapToDouble(EmissionLines.Line::fwhm).toArray();
        Map<String, Double> qc = new LinkedHashMap<>();
        qc.put("QC.NLINES", (double) lines.size());
        qc.put("QC.FWHMMED", widths.length == 0 ? Double.NaN : Stats.median(widths));
        return qc;
    }

    /** The lines of every order of one trimmed, zero-level-subtracted UVES arc chip. */
    public static List<EmissionLines.Line> arcLines(Keywords primary, int chip, Image signal) {
        EchelleFormat format = UvesFormats.of(primary, chip, signal);
        List<EmissionLines.Line> lines = new ArrayList<>();
        for (int order = 0; order < format.orders(); order++) {
            lines.addAll(EmissionLines.find(EchelleOrders.boxcar(signal, format, order), LINE_DETECTION_SIGMAS));
        }
        return lines;
    }
}
