package org.voarchive.ingest.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.voarchive.ingest.model.EchelleFormat;

/**
 * A star's spectrum as UVES sees it: a blackbody continuum times absorption lines, the strong ones at
 * their true wavelengths (Balmer, Na D, Ca II H and K) and weak metal lines at generated positions.
 */
final class StellarSpectrum {

    /** An absorption line: central depth (0..1) and Gaussian sigma, nm. */
    record Line(double nm, double depth, double sigmaNm) {
    }

    static final double H_ALPHA = 656.28;
    static final double H_BETA = 486.13;

    private static final double HC_OVER_K_NM_K = 1.438777e7;

    private final double teffK;
    private final Line[] lines;
    private final double widestSigma;

    private StellarSpectrum(double teffK, List<Line> lines) {
        this.teffK = teffK;
        this.lines = lines.stream().sorted(Comparator.comparingDouble(Line::nm)).toArray(Line[]::new);
        this.widestSigma = lines.stream().mapToDouble(Line::sigmaNm).max().orElse(0);
    }

    /** A late-type star: strong Balmer, Na D and Ca II lines plus metal lines fixed by the star's name. */
    static StellarSpectrum coolStar(Star star) {
        List<Line> lines = new ArrayList<>(List.of(
                new Line(H_ALPHA, 0.65, 0.12), new Line(H_BETA, 0.6, 0.12),
                new Line(434.05, 0.55, 0.1), new Line(410.17, 0.5, 0.1),
                new Line(588.995, 0.6, 0.025), new Line(589.592, 0.55, 0.025),
                new Line(393.366, 0.8, 0.12), new Line(396.847, 0.75, 0.12)));
        SplittableRandom random = Seeds.random(0, "metal-lines", star.name());
        for (double nm = 300; nm < 1100; nm += Seeds.uniform(random, 0.1, 1.2)) {
            lines.add(new Line(nm, Seeds.uniform(random, 0.03, 0.45), Seeds.uniform(random, 0.008, 0.016)));
        }
        return new StellarSpectrum(star.teffK(), lines);
    }

    /** A hot flux standard: a steep blue continuum with only broad, shallow Balmer lines. */
    static StellarSpectrum hotStar(Star star) {
        return new StellarSpectrum(star.teffK(), List.of(
                new Line(H_ALPHA, 0.35, 1.2), new Line(H_BETA, 0.45, 1.5),
                new Line(434.05, 0.45, 1.5), new Line(410.17, 0.45, 1.5)));
    }

    /** Blackbody flux per unit wavelength at {@code nm}, relative to its value at {@code refNm}. */
    static double planckRatio(double nm, double refNm, double teffK) {
        return Math.pow(refNm / nm, 5) * Math.expm1(HC_OVER_K_NM_K / (refNm * teffK))
                / Math.expm1(HC_OVER_K_NM_K / (nm * teffK));
    }

    /** Flux along one order, relative to the continuum at {@code refNm}, one value per trimmed column. */
    double[] along(EchelleFormat format, int order, double refNm) {
        int width = format.width();
        double[] flux = new double[width];
        for (int x = 0; x < width; x++) {
            flux[x] = planckRatio(format.wavelength(order, x), refNm, teffK);
        }
        double start = format.wavelength(order, 0);
        double end = format.wavelength(order, width - 1);
        for (Line line : lines) {
            if (line.nm() < start - 5 * widestSigma || line.nm() > end + 5 * widestSigma) {
                continue;
            }
            double centre = (line.nm() - start) / format.dispersion();
            double reach = 5 * line.sigmaNm() / format.dispersion();
            int from = Math.max(0, (int) Math.floor(centre - reach));
            int to = Math.min(width - 1, (int) Math.ceil(centre + reach));
            for (int x = from; x <= to; x++) {
                double d = (x - centre) * format.dispersion() / line.sigmaNm();
                flux[x] *= 1 - line.depth() * Math.exp(-0.5 * d * d);
            }
        }
        return flux;
    }
}
