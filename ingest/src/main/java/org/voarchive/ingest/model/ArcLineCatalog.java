package org.voarchive.ingest.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Th-Ar-like reference list of arc lamp emission lines from 300 to 1100 nm, the same in every run,
 * so that the simulator paints the lines the wavelength calibration later identifies.
 *
 * <p>The list is generated, not measured: line positions and relative intensities come from a fixed
 * pseudo-random sequence, about three lines per nanometre, with no two lines closer than
 * {@link #MIN_SEPARATION_NM} so that each is resolved at UVES resolution. Thread safe.
 */
public final class ArcLineCatalog {

    /** One emission line: its vacuum-like wavelength and its peak relative to the strongest line (0..1]. */
    public record ArcLine(double nm, double relativeIntensity) {
    }

    public static final double MIN_NM = 300;
    public static final double MAX_NM = 1100;
    /** Lines closer than this were dropped, so that every listed line stands alone. */
    public static final double MIN_SEPARATION_NM = 0.05;

    private static final long CATALOG_SEED = 0x54684172L;
    private static final ArcLine[] LINES = generate();

    private ArcLineCatalog() {
    }

    /** The lines with {@code minNm <= nm <= maxNm}, by increasing wavelength; empty when none. */
    public static List<ArcLine> between(double minNm, double maxNm) {
        int from = firstAtOrAbove(minNm);
        List<ArcLine> out = new ArrayList<>();
        for (int i = from; i < LINES.length && LINES[i].nm() <= maxNm; i++) {
            out.add(LINES[i]);
        }
        return out;
    }

    private static int firstAtOrAbove(double nm) {
        int lo = 0;
        int hi = LINES.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (LINES[mid].nm() < nm) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static ArcLine[] generate() {
        SplittableRandom random = new SplittableRandom(CATALOG_SEED);
        int candidates = (int) ((MAX_NM - MIN_NM) * 3);
        double[] nm = new double[candidates];
        for (int i = 0; i < candidates; i++) {
            nm[i] = MIN_NM + random.nextDouble() * (MAX_NM - MIN_NM);
        }
        Arrays.sort(nm);
        List<ArcLine> lines = new ArrayList<>();
        double last = Double.NEGATIVE_INFINITY;
        for (double wavelength : nm) {
            // log-uniform over three decades, like a real lamp's mix of strong and faint lines
            double intensity = Math.pow(10, -3 * random.nextDouble());
            if (wavelength - last >= MIN_SEPARATION_NM) {
                lines.add(new ArcLine(wavelength, intensity));
                last = wavelength;
            }
        }
        return lines.toArray(ArcLine[]::new);
    }
}
