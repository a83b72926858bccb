package org.voarchive.ingest.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One night of HAWK-I: darks for every DIT/NDIT used, in the afternoon; twilight flats in J and Ks at
 * dusk; a photometric standard stepped over the four chips; and jittered science sequences in J and Ks
 * on a galaxy and a second field. On the first night it also writes the deliberately bad HAWK-I files.
 */
final class HawkiNight {

    /** A DIT/NDIT combination; darks are grouped and matched by it. */
    record Readout(double dit, int ndit) {
        String label() {
            return "DIT" + (int) dit + "/NDIT" + ndit;
        }
    }

    static final Readout FLAT_READOUT = new Readout(3, 1);
    static final Readout STD_READOUT = new Readout(5, 4);
    static final Readout J_READOUT = new Readout(30, 2);
    static final Readout KS_READOUT = new Readout(10, 6);

    private static final String INSTRUME = "HAWKI";
    private static final String TELESCOPE = "ESO-VLT-U4";
    private static final double JITTER_ARCSEC = 5;
    private static final int FLATS_PER_FILTER = 10;

    private final SimulationPlan plan;
    private final int index;
    private final LocalDate night;
    private final SplittableRandom random;
    private final ObservingClock clock;
    private final HawkiMosaic mosaic;
    private final List<HawkiChip> chips = new ArrayList<>();
    private final List<SimulatedFrame> frames = new ArrayList<>();
    private int obCount;
    private int fileCount;

    HawkiNight(SimulationPlan plan, int index) {
        this.plan = plan;
        this.index = index;
        this.night = plan.night(index);
        this.random = Seeds.random(plan.seed(), "hawki-night", night.toString());
        this.clock = new ObservingClock(ObservingTime.at(night, 19.0), random);
        this.mosaic = new HawkiMosaic(plan.scale().hawkiChip());
        for (int chip = 1; chip <= HawkiMosaic.CHIPS; chip++) {
            chips.add(HawkiChip.of(plan.seed(), chip, mosaic.size()));
        }
    }

    List<SimulatedFrame> frames() {
        for (Readout readout : List.of(FLAT_READOUT, STD_READOUT, J_READOUT, KS_READOUT)) {
            template(HawkiFrameKind.DARK, null, readout, null, 3, Defect.NONE, "");
        }
        if (index == 0) {
            template(HawkiFrameKind.DARK, null, KS_READOUT, null, 1, Defect.MISSING_KEYWORD, "DPR.CATG");
        }
        clock.skipTo(ObservingTime.at(night, 23.3));
        template(HawkiFrameKind.FLAT, HawkiFilter.J, FLAT_READOUT, zenithField(), FLATS_PER_FILTER, Defect.NONE, "");
        template(HawkiFrameKind.FLAT, HawkiFilter.KS, FLAT_READOUT, zenithField(), FLATS_PER_FILTER, Defect.NONE, "");
        clock.skipTo(ObservingTime.at(night.plusDays(1), 0.5));
        Pointed standard = standardField();
        template(HawkiFrameKind.STANDARD, HawkiFilter.J, STD_READOUT, standard, 4, Defect.NONE, "");
        template(HawkiFrameKind.STANDARD, HawkiFilter.KS, STD_READOUT, standard, 4, Defect.NONE, "");
        for (int f = 0; f < 2; f++) {
            Targets.Field field = Targets.cycle(Targets.HAWKI_FIELDS, index + 2 * f);
            Pointed pointed = new Pointed(field.name(), field.ra(), field.dec(),
                    SkyField.around(plan.seed(), field.name(), field.ra(), field.dec(), field.galaxy(), mosaic));
            template(HawkiFrameKind.SCIENCE, HawkiFilter.J, J_READOUT, pointed, 4 + random.nextInt(3), Defect.NONE, "");
            template(HawkiFrameKind.SCIENCE, HawkiFilter.KS, KS_READOUT, pointed, 4 + random.nextInt(3), Defect.NONE, "");
            if (index == 0 && f == 1) {
                template(HawkiFrameKind.SCIENCE, HawkiFilter.KS, KS_READOUT, pointed, 1, Defect.WRONG_TYPE, "DET.DIT");
            }
        }
        return frames;
    }

    /** A named position on the sky with what is there. */
    private record Pointed(String name, double ra, double dec, SkyField field) {
    }

    private Pointed zenithField() {
        return new Pointed("FLAT", Double.NaN, ObservingTime.PARANAL_LATITUDE, null);
    }

    /** A standard star of J = 13.0 AB in a field near the meridian at the start of the night. */
    private Pointed standardField() {
        double ra = ObservingTime.lstSeconds(ObservingTime.at(night.plusDays(1), 0.5)) / 240;
        double dec = -30.0;
        SkyField field = SkyField.around(plan.seed(), "std-" + night, ra, dec, false, mosaic)
                .with(new SkyField.Source(ra, dec, 13.0, 12.9, 13.1));
        return new Pointed("STD", ra, dec, field);
    }

    private void template(HawkiFrameKind kind, HawkiFilter filter, Readout readout, Pointed target, int exposures,
                          Defect defect, String detail) {
        Instant tplStart = clock.now();
        clock.skipTo(tplStart.plusSeconds(30));
        boolean science = kind == HawkiFrameKind.SCIENCE;
        Targets.Programme programme = Targets.cycle(Targets.PROGRAMMES, index + obCount + 1);
        ObservationBlock ob = new ObservationBlock(3_241_000 + index * 2000L + obCount++,
                science ? target.name().replace(" ", "") + "_" + filter.keyword() : "Calibration_" + kind.fileTag().toLowerCase(),
                tplStart, science ? programme.id() : ObservationBlock.CALIBRATION_PROGRAMME,
                science ? programme.pi() : "UNKNOWN");
        TemplateRun tpl = new TemplateRun(kind.templateId(), tplStart, exposures);
        double fwhm = Seeds.uniform(random, 0.5, 1.0);
        for (int expno = 1; expno <= exposures; expno++) {
            double exptime = readout.dit() * readout.ndit();
            Instant start = clock.expose(exptime, kind == HawkiFrameKind.FLAT ? 15 : 20);
            double[] offset = offset(kind, expno);
            double ra;
            double dec;
            if (target == null || Double.isNaN(target.ra())) {
                ra = ObservingTime.lstSeconds(start) / 240;
                dec = ObservingTime.PARANAL_LATITUDE;
            } else {
                dec = target.dec() + offset[1] / 3600;
                ra = target.ra() + offset[0] / 3600 / Math.cos(Math.toRadians(target.dec()));
            }
            String object = science ? target.name() : kind.fileTag();
            String origfile = String.format("HAWKI_IMG_%s%s_%04d.fits", kind.fileTag(),
                    String.format("%03d", night.plusDays(1).getDayOfYear()), ++fileCount);
            Exposure exposure = new Exposure(INSTRUME, TELESCOPE, object, ra, dec, exptime, start, ob, tpl, expno,
                    kind.dpr(), origfile);
            double level = Seeds.uniform(random, 0.97, 1.03)
                    * 29_000 * Math.pow(4_500.0 / 29_000, (expno - 1) / (double) Math.max(1, exposures - 1));
            double seeing = fwhm * Seeds.uniform(random, 0.95, 1.05);
            double sky = Seeds.uniform(random, 0.95, 1.05);
            frames.add(frame(kind, filter, readout, target, exposure, offset, level, seeing, sky, defect, detail));
        }
    }

    /**
     * Tangent-plane offset of exposure {@code expno} from the target, arcsec: jitter for science, the
     * star centred on chip {@code expno} for the standard, none otherwise.
     */
    /**
     * The jitter box's half-width: 5 arcsec, but no more than a sixth of a chip, so that on small test
     * chips the field's bright stars stay on their chips from one exposure to the next, as on the real
     * 3.6-arcminute chips.
     */
    private double jitter() {
        return Math.min(JITTER_ARCSEC, mosaic.size() * HawkiMosaic.PIXEL_ARCSEC / 6);
    }

    private double[] offset(HawkiFrameKind kind, int expno) {
        return switch (kind) {
            case SCIENCE -> expno == 1 ? new double[] {0, 0}
                    : new double[] {Seeds.uniform(random, -jitter(), jitter()), Seeds.uniform(random, -jitter(), jitter())};
            case STANDARD -> {
                int chip = (expno - 1) % HawkiMosaic.CHIPS + 1;
                double[] chipCentre = mosaic.offset(chip, (mosaic.size() - 1) / 2.0, (mosaic.size() - 1) / 2.0);
                yield new double[] {-chipCentre[0], -chipCentre[1]};
            }
            default -> new double[] {0, 0};
        };
    }

    private SimulatedFrame frame(HawkiFrameKind kind, HawkiFilter filter, Readout readout, Pointed target,
                                 Exposure exposure, double[] offset, double flatLevel, double seeing, double skyScale,
                                 Defect defect, String detail) {
        HeaderCards primary = exposure.header()
                .eso("INS.FILT1.NAME", filter == null ? "Dark" : filter.keyword(), "Filter 1 name")
                .eso("INS.FILT2.NAME", "OPEN", "Filter 2 name")
                .eso("DET.DIT", readout.dit(), "Integration time (s)")
                .eso("DET.NDIT", readout.ndit(), "Number of sub-integrations")
                .eso("DET.NCORRS.NAME", "Double", "Read-out method")
                .eso("DET.CHIPS", HawkiMosaic.CHIPS, "Number of chips");
        if (kind == HawkiFrameKind.SCIENCE || kind == HawkiFrameKind.STANDARD) {
            primary.eso("SEQ.CUMOFFSETA", Exposure.round(offset[0], 3), "Cumulative offset in RA (arcsec)")
                    .eso("SEQ.CUMOFFSETD", Exposure.round(offset[1], 3), "Cumulative offset in DEC (arcsec)");
        }
        String setup = filter == null ? readout.label() : filter.keyword() + "/" + readout.label();
        ManifestEntry entry = new ManifestEntry(exposure.arcfile(), exposure.arcfile(), exposure.instrume(),
                exposure.dpr().catg(), exposure.dpr().type(), exposure.dpr().tech(), setup,
                ObservingTime.toSecond(exposure.tpl().start()), night, defect, detail);
        UvesNight.applyHeaderDefect(primary, defect, detail);
        long seed = plan.seed();
        int size = mosaic.size();
        return new SimulatedFrame(entry, primary, false, () -> {
            List<ImagePlane> planes = new ArrayList<>();
            for (HawkiChip chip : chips) {
                int no = chip.number();
                float[][] signal = switch (kind) {
                    case DARK -> new float[size][size];
                    case FLAT -> uniform(size, (float) flatLevel);
                    case STANDARD, SCIENCE -> target.field().paint(mosaic, no, exposure.ra(), exposure.dec(),
                            filter, readout.dit(), seeing, skyScale);
                };
                if (kind != HawkiFrameKind.DARK) {
                    float[][] response = PixelResponse.map(seed, size, size, 0.03, "hawki-response",
                            filter.keyword(), Integer.toString(no));
                    for (int y = 0; y < size; y++) {
                        for (int x = 0; x < size; x++) {
                            signal[y][x] *= (float) (response[y][x] * mosaic.illumination(no, x, y));
                        }
                    }
                }
                SplittableRandom noise = Seeds.random(seed, exposure.arcfile(), "chip" + no);
                HeaderCards cards = new HeaderCards()
                        .std("EXTNAME", "CHIP" + no + ".INT1", "Extension name")
                        .eso("DET.CHIP.NO", no, "Chip number")
                        .addAll(mosaic.wcs(no, exposure.ra(), exposure.dec()));
                planes.add(new ImagePlane(cards, chip.read(signal, readout.dit(), readout.ndit(), noise)));
            }
            return planes;
        });
    }

    private static float[][] uniform(int size, float value) {
        float[][] image = new float[size][size];
        for (float[] row : image) {
            Arrays.fill(row, value);
        }
        return image;
    }
}
