package org.voarchive.ingest.reduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.voarchive.ingest.pixels.HduImage;
import org.voarchive.ingest.pixels.Image;
import org.voarchive.ingest.pixels.Stats;
import org.voarchive.ingest.pixels.TanWcs;

/**
 * Reduces a HAWK-I image: each chip less the master dark (whose DET.DIT must equal the frame's), divided
 * by the master twilight flat and by EXPTIME (giving ADU/s), less its sky median; the chips placed on the
 * first chip's pixel grid at the integer offsets their WCS imply (no resampling), gaps NaN. The PSF
 * FWHM is measured on the stars ({@link PsfMeasurer}); the zero point is the nominal one of the filter
 * (INS.FILT1.NAME); the limiting magnitude is that of a 5-sigma point source in an aperture of radius
 * one FWHM on the sky noise.
 */
final class ImagingReduction {

    static final String RECIPE = "java/hawki_imaging";

    /** AB magnitude of 1 ADU/s per broad-band filter. */
    private static final Map<String, Double> ZERO_POINTS = Map.of("J", 26.2, "H", 26.4, "Ks", 25.7, "Y", 26.0);

    private ImagingReduction() {
    }

    static ReducedImage reduce(ScienceRequest request) throws ReductionException {
        LoadedFrame raw = LoadedFrame.read(request.raw());
        LoadedFrame dark = LoadedFrame.read(Calibrations.require(request.calibrations(), "MASTER_DARK", "an imaging reduction"));
        LoadedFrame flat = LoadedFrame.read(Calibrations.require(request.calibrations(), "MASTER_TWILIGHT_FLAT", "an imaging reduction"));
        dark.requireSameLayout(raw);
        flat.requireSameLayout(raw);
        double dit = raw.requiredNumber("DET.DIT");
        if (Math.abs(dark.requiredNumber("DET.DIT") - dit) > 1e-6) {
            throw new ReductionException("the master dark's DIT " + dark.requiredNumber("DET.DIT")
                    + " s does not match the frame's " + dit + " s");
        }
        double exptime = raw.requiredNumber("EXPTIME");
        if (!(exptime > 0)) {
            throw new ReductionException("EXPTIME must be positive, not " + exptime);
        }
        String filter = raw.primary().text("INS.FILT1.NAME").map(String::trim).orElse("");
        Double zeroPoint = ZERO_POINTS.get(filter);
        if (zeroPoint == null) {
            throw new ReductionException("no nominal zero point for filter INS.FILT1.NAME='" + filter + "'");
        }
        List<Image> chips = new ArrayList<>();
        List<TanWcs> wcs = new ArrayList<>();
        try {
            for (int i = 0; i < raw.hdus().size(); i++) {
                HduImage hdu = raw.hdus().get(i);
                Image chip = hdu.image().minus(dark.hdus().get(i).image())
                        .dividedBy(flat.hdus().get(i).image()).scaled(1 / exptime, 0);
                chips.add(chip.scaled(1, -Stats.median(chip.data())));
                wcs.add(TanWcs.of(hdu.header()));
            }
        } catch (IllegalArgumentException e) {
            throw new ReductionException("cannot calibrate " + request.raw().getFileName() + ": " + e.getMessage(), e);
        }
        return mosaic(chips, wcs, zeroPoint, request);
    }

    private static ReducedImage mosaic(List<Image> chips, List<TanWcs> wcs, double zeroPoint, ScienceRequest request)
            throws ReductionException {
        TanWcs first = wcs.get(0);
        int[][] offsets = new int[chips.size()][2];
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < chips.size(); i++) {
            double[] p = first.toPixel(wcs.get(i).crval1(), wcs.get(i).crval2());
            offsets[i][0] = (int) Math.round(p[0] - wcs.get(i).crpix1());
            offsets[i][1] = (int) Math.round(p[1] - wcs.get(i).crpix2());
            minX = Math.min(minX, offsets[i][0]);
            minY = Math.min(minY, offsets[i][1]);
            maxX = Math.max(maxX, offsets[i][0] + chips.get(i).width());
            maxY = Math.max(maxY, offsets[i][1] + chips.get(i).height());
        }
        Image mosaic = Image.filled(maxX - minX, maxY - minY, Float.NaN);
        for (int i = 0; i < chips.size(); i++) {
            Image chip = chips.get(i);
            for (int y = 0; y < chip.height(); y++) {
                for (int x = 0; x < chip.width(); x++) {
                    mosaic.set(x + offsets[i][0] - minX, y + offsets[i][1] - minY, chip.get(x, y));
                }
            }
        }
        double noise = Stats.clippedSigma(mosaic.data(), 3);
        double fwhmPx = PsfMeasurer.medianFwhmPx(mosaic, noise);
        if (!Double.isFinite(fwhmPx)) {
            throw new ReductionException("no star more than " + PsfMeasurer.DETECTION_SIGMAS
                    + " sigma above the sky on " + request.raw().getFileName() + " to measure the PSF on");
        }
        double scaleDeg = first.scaleDeg();
        double apertureNoise = noise * Math.sqrt(Math.PI * fwhmPx * fwhmPx);
        double abMagLim = zeroPoint - 2.5 * Math.log10(5 * apertureNoise);
        return new ReducedImage(mosaic.width(), mosaic.height(), mosaic.data(), first.crval1(), first.crval2(),
                first.crpix1() - minX, first.crpix2() - minY, scaleDeg, fwhmPx * scaleDeg * 3600, abMagLim, zeroPoint);
    }
}
