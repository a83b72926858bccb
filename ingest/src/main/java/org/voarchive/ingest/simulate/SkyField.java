package org.voarchive.ingest.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the sky holds around a HAWK-I pointing: point sources at fixed sky positions with J, H and Ks
 * AB magnitudes, and optionally a galaxy (exponential disc plus a compact bulge) at the field centre.
 * Positions are sky coordinates, so jittered exposures see the same sources shifted.
 */
final class SkyField {

    /** A point source: position in degrees, AB magnitude per filter. */
    record Source(double ra, double dec, double j, double h, double ks) {
        double mag(HawkiFilter filter) {
            return switch (filter) {
                case J -> j;
                case H -> h;
                case KS -> ks;
            };
        }
    }

    private static final int SOURCES_PER_CHIP = 12;
    private static final double MARGIN_ARCSEC = 10;

    private final double ra;
    private final double dec;
    private final List<Source> sources;
    private final double galaxyScaleArcsec;

    private SkyField(double ra, double dec, List<Source> sources, double galaxyScaleArcsec) {
        this.ra = ra;
        this.dec = dec;
        this.sources = List.copyOf(sources);
        this.galaxyScaleArcsec = galaxyScaleArcsec;
    }

    /** Random field stars around {@code ra, dec}, fixed by the seed and {@code name}; a galaxy when asked. */
    static SkyField around(long seed, String name, double ra, double dec, boolean galaxy, HawkiMosaic mosaic) {
        SplittableRandom random = Seeds.random(seed, "sky-field", name);
        double half = mosaic.extentArcsec() / 2 + MARGIN_ARCSEC;
        double chipArcsec = mosaic.size() * HawkiMosaic.PIXEL_ARCSEC;
        int count = (int) Math.ceil(SOURCES_PER_CHIP * (2 * half) * (2 * half) / (chipArcsec * chipArcsec));
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double xi = Seeds.uniform(random, -half, half);
            double eta = Seeds.uniform(random, -half, half);
            double j = 15 + 7 * Math.sqrt(random.nextDouble());
            double colour = Seeds.uniform(random, 0.1, 0.9);
            sources.add(new Source(ra + xi / 3600 / Math.cos(Math.toRadians(dec)), dec + eta / 3600,
                    j, j - 0.6 * colour, j - colour));
        }
        // one bright star near each chip's centre, so that every exposure, however small its chips and
        // wherever the jitter puts it, has a point source to measure the PSF and the depth on
        double quarter = mosaic.extentArcsec() / 4;
        for (double[] q : new double[][] {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
            double j = Seeds.uniform(random, 13.5, 15.5);
            double colour = Seeds.uniform(random, 0.1, 0.9);
            sources.add(new Source(ra + q[0] * quarter / 3600 / Math.cos(Math.toRadians(dec)), dec + q[1] * quarter / 3600,
                    j, j - 0.6 * colour, j - colour));
        }
        return new SkyField(ra, dec, sources, galaxy ? mosaic.extentArcsec() * 0.15 : 0);
    }

    /** This field with one more point source, e.g. a photometric standard. */
    SkyField with(Source source) {
        List<Source> more = new ArrayList<>(sources);
        more.add(source);
        return new SkyField(ra, dec, more, galaxyScaleArcsec);
    }

    /**
     * Light on one chip in ADU per DIT, before illumination and pixel response: sky, sources with a
     * Gaussian PSF of {@code fwhmArcsec}, and the galaxy.
     */
    float[][] paint(HawkiMosaic mosaic, int chipNo, double pointingRa, double pointingDec, HawkiFilter filter,
                    double dit, double fwhmArcsec, double skyScale) {
        int size = mosaic.size();
        float[][] image = new float[size][size];
        float sky = (float) (filter.skyRatePerPixel() * skyScale * dit);
        for (float[] row : image) {
            Arrays.fill(row, sky);
        }
        double sigma = fwhmArcsec / HawkiMosaic.PIXEL_ARCSEC / (2 * Math.sqrt(2 * Math.log(2)));
        int reach = (int) Math.ceil(5 * sigma);
        for (Source s : sources) {
            double[] o = HawkiMosaic.tangentOffset(pointingRa, pointingDec, s.ra(), s.dec());
            double[] p = mosaic.pixel(chipNo, o[0], o[1]);
            if (p[0] < -reach || p[0] > size + reach || p[1] < -reach || p[1] > size + reach) {
                continue;
            }
            double total = filter.rate(s.mag(filter)) * dit;
            double norm = total / (2 * Math.PI * sigma * sigma);
            for (int y = Math.max(0, (int) p[1] - reach); y <= Math.min(size - 1, (int) p[1] + reach); y++) {
                for (int x = Math.max(0, (int) p[0] - reach); x <= Math.min(size - 1, (int) p[0] + reach); x++) {
                    double dx = x - p[0];
                    double dy = y - p[1];
                    image[y][x] += (float) (norm * Math.exp(-0.5 * (dx * dx + dy * dy) / (sigma * sigma)));
                }
            }
        }
        if (galaxyScaleArcsec > 0) {
            addGalaxy(image, mosaic, chipNo, pointingRa, pointingDec, filter, dit);
        }
        return image;
    }

    /** An inclined exponential disc (axis ratio 0.45, position angle 30 deg) with a bulge, brighter in Ks. */
    private void addGalaxy(float[][] image, HawkiMosaic mosaic, int chipNo, double pointingRa, double pointingDec,
                           HawkiFilter filter, double dit) {
        double[] centre = HawkiMosaic.tangentOffset(pointingRa, pointingDec, ra, dec);
        double colour = switch (filter) {
            case J -> 0.6;
            case H -> 0.3;
            case KS -> 0;
        };
        double disc = filter.ratePerPixel(16.8 + colour) * dit;
        double bulge = filter.ratePerPixel(15.2 + colour) * dit;
        double pa = Math.toRadians(30);
        double bulgeScale = galaxyScaleArcsec / 4;
        for (int y = 0; y < image.length; y++) {
            for (int x = 0; x < image.length; x++) {
                double[] o = mosaic.offset(chipNo, x, y);
                double dx = o[0] - centre[0];
                double dy = o[1] - centre[1];
                double major = dx * Math.sin(pa) + dy * Math.cos(pa);
                double minor = (dx * Math.cos(pa) - dy * Math.sin(pa)) / 0.45;
                double r = Math.sqrt(major * major + minor * minor);
                image[y][x] += (float) (disc * Math.exp(-r / galaxyScaleArcsec)
                        + bulge * Math.exp(-0.5 * r * r / (bulgeScale * bulgeScale)));
            }
        }
    }
}
