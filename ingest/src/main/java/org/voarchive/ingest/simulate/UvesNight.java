package org.voarchive.ingest.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.voarchive.ingest.frame.Keywords;
import org.voarchive.ingest.model.EchelleFormat;

/**
 * One night of UVES: biases in the afternoon, a flux standard and science of each setup at night, and
 * format checks, order definitions, lamp flats and arcs the morning after. On the first night it also
 * writes the deliberately bad UVES files and leaves out the flats of {@link #setupWithoutFlats}.
 */
final class UvesNight {

    private static final String INSTRUME = "UVES";
    private static final String TELESCOPE = "ESO-VLT-U2";
    /** Electrons per second per column at the blaze peak from a V = 8 star, red arm. */
    private static final double RATE_V8 = 15;

    private final SimulationPlan plan;
    private final int index;
    private final LocalDate night;
    private final ObservingClock clock;
    private final SplittableRandom random;
    private final Map<String, UvesChip> chips = new LinkedHashMap<>();
    private final List<SimulatedFrame> frames = new ArrayList<>();
    private int obCount;
    private int fileCount;

    UvesNight(SimulationPlan plan, int index) {
        this.plan = plan;
        this.index = index;
        this.night = plan.night(index);
        this.random = Seeds.random(plan.seed(), "uves-night", night.toString());
        this.clock = new ObservingClock(ObservingTime.at(night, 20.0), random);
        for (UvesArm arm : UvesArm.values()) {
            for (String name : arm.chipNames()) {
                chips.put(name, UvesChip.of(plan.seed(), name, night, plan.scale().uvesWidth()));
            }
        }
    }

    /** The setups observed on night {@code index}: RED_760 only every fourth night, from the first. */
    static List<UvesSetup> setups(int index) {
        List<UvesSetup> setups = new ArrayList<>(List.of(UvesSetup.BLUE_390, UvesSetup.RED_580, UvesSetup.RED_660));
        if (index % 4 == 0) {
            setups.add(UvesSetup.RED_760);
        }
        return setups;
    }

    /**
     * The setup whose lamp flats are missing: RED_760 on the first night. It is next observed four nights
     * later, beyond the 3-day validity of lamp flats, so no other night's flats can stand in.
     */
    static Optional<UvesSetup> setupWithoutFlats(int index) {
        return index == 0 ? Optional.of(UvesSetup.RED_760) : Optional.empty();
    }

    List<SimulatedFrame> frames() {
        List<UvesSetup> setups = setups(index);
        for (UvesArm arm : UvesArm.values()) {
            template(UvesFrameKind.BIAS, arm, null, null, 5, 0, Defect.NONE, "");
        }
        if (index == 0) {
            template(UvesFrameKind.BIAS, UvesArm.BLUE, null, null, 1, 0, Defect.MISSING_KEYWORD, "MJD-OBS");
        }
        clock.skipTo(ObservingTime.at(night, 23.8));
        for (int i = 0; i < setups.size(); i++) {
            UvesSetup setup = setups.get(i);
            Star standard = Targets.cycle(Targets.FLUX_STANDARDS, index + i);
            template(UvesFrameKind.STANDARD, setup.arm(), setup, standard, 1, exptimeFor(standard, setup, 100),
                    missingFlats(setup), "MASTER_FLAT");
        }
        for (int i = 0; i < setups.size(); i++) {
            UvesSetup setup = setups.get(i);
            Star target = Targets.cycle(Targets.UVES_SCIENCE, index * 4 + i);
            double snr = Seeds.uniform(random, 20, 150);
            template(UvesFrameKind.SCIENCE, setup.arm(), setup, target, 1 + random.nextInt(3),
                    exptimeFor(target, setup, snr), missingFlats(setup), "MASTER_FLAT");
        }
        if (index == 0) {
            Star target = Targets.cycle(Targets.UVES_SCIENCE, 5);
            template(UvesFrameKind.SCIENCE, UvesArm.BLUE, UvesSetup.BLUE_390, target, 1,
                    exptimeFor(target, UvesSetup.BLUE_390, 60), Defect.TRUNCATED, "");
            template(UvesFrameKind.SCIENCE, UvesArm.RED, UvesSetup.RED_580, target, 1, 1800, Defect.WRONG_TYPE, "EXPTIME");
        }
        clock.skipTo(ObservingTime.at(night.plusDays(1), 10.75));
        for (UvesSetup setup : setups) {
            template(UvesFrameKind.FMTCHK, setup.arm(), setup, null, 1, 10, Defect.NONE, "");
            template(UvesFrameKind.ORDERDEF, setup.arm(), setup, null, 1, 8, Defect.NONE, "");
            if (missingFlats(setup) == Defect.NONE) {
                template(UvesFrameKind.FLAT, setup.arm(), setup, null, 5, 15, Defect.NONE, "");
            }
            template(UvesFrameKind.ARC, setup.arm(), setup, null, 1, 10, Defect.NONE, "");
        }
        return frames;
    }

    /** Frames made for another instrument, which the archive must refuse: on the first night only. */
    SimulatedFrame unknownInstrument(String instrume) {
        Star target = Targets.cycle(Targets.UVES_SCIENCE, 2);
        Instant start = ObservingTime.at(night.plusDays(1), 4.5);
        ObservationBlock ob = new ObservationBlock(3_999_000 + index, "FORS_IMG_" + target.name().replace(" ", ""),
                start, Targets.PROGRAMMES.get(0).id(), Targets.PROGRAMMES.get(0).pi());
        Exposure exposure = new Exposure(instrume, "ESO-VLT-U1", target.name(), target.ra(), target.dec(), 120,
                start, ob, new TemplateRun(instrume + "_img_obs_exp", start.minusSeconds(30), 1), 1,
                new Dpr("SCIENCE", "OBJECT", "IMAGE"), instrume + "_IMG_OBS" + dayOfYear() + "_0001.fits");
        return frame(UvesFrameKind.SCIENCE, UvesSetup.BLUE_390, target, exposure, Defect.UNKNOWN_INSTRUMENT, instrume);
    }

    private Defect missingFlats(UvesSetup setup) {
        return setupWithoutFlats(index).filter(setup::equals).isPresent() ? Defect.MISSING_CALIBRATION : Defect.NONE;
    }

    private void template(UvesFrameKind kind, UvesArm arm, UvesSetup setup, Star target, int exposures,
                          double exptime, Defect defect, String detail) {
        Instant tplStart = clock.now();
        clock.skipTo(tplStart.plusSeconds(20));
        boolean science = kind == UvesFrameKind.SCIENCE;
        Targets.Programme programme = Targets.cycle(Targets.PROGRAMMES, index + obCount);
        String obName = science ? target.name().replace(" ", "") + "_" + setup.label()
                : "Calibration_" + kind.fileTag().toLowerCase() + "_" + arm.label();
        ObservationBlock ob = new ObservationBlock(3_240_000 + index * 2000L + obCount++, obName, tplStart,
                science ? programme.id() : ObservationBlock.CALIBRATION_PROGRAMME,
                science ? programme.pi() : "UNKNOWN");
        TemplateRun tpl = new TemplateRun(kind.templateId(arm), tplStart, exposures);
        for (int expno = 1; expno <= exposures; expno++) {
            Instant start = clock.expose(exptime, kind == UvesFrameKind.BIAS ? 35 : 60);
            double ra;
            double dec;
            String object;
            if (kind.namesTarget()) {
                ra = target.ra();
                dec = target.dec();
                object = target.name();
            } else {
                ra = ObservingTime.lstSeconds(start) / 240;
                dec = ObservingTime.PARANAL_LATITUDE;
                object = kind.dpr().type();
            }
            String origfile = String.format("UVES_%s_%s%s_%04d.fits", arm.name(), kind.fileTag(), dayOfYear(), ++fileCount);
            Exposure exposure = new Exposure(INSTRUME, TELESCOPE, object, ra, dec, exptime, start, ob, tpl, expno,
                    kind.dpr(), origfile);
            frames.add(frame(kind, setup == null ? armOnly(arm) : setup, target, exposure, defect, detail));
        }
    }

    /** Biases belong to an arm, not a setting; this stands in for the setup where only the arm matters. */
    private static UvesSetup armOnly(UvesArm arm) {
        return arm == UvesArm.BLUE ? UvesSetup.BLUE_390 : UvesSetup.RED_580;
    }

    private SimulatedFrame frame(UvesFrameKind kind, UvesSetup setup, Star target, Exposure exposure, Defect defect,
                                 String detail) {
        UvesArm arm = setup.arm();
        FrameScale scale = plan.scale();
        List<UvesChip> armChips = arm.chipNames().stream().map(chips::get).toList();
        HeaderCards primary = exposure.header();
        if (kind != UvesFrameKind.BIAS) {
            primary.addAll(setup.insCards());
        }
        primary.eso("DET.CHIPS", arm.chips(), "Number of chips")
                .eso("DET.OUTPUTS", 1, "Number of outputs per chip")
                .eso("DET.WIN1.BINX", arm.binX(), "Binning factor along X")
                .eso("DET.WIN1.BINY", arm.binY(), "Binning factor along Y")
                .eso("DET.WIN1.NX", scale.uvesWidth(), "Trimmed pixels along X")
                .eso("DET.WIN1.NY", scale.uvesHeight(), "Pixels along Y")
                .eso("DET.WIN1.STRX", 1, "Lower left pixel in X")
                .eso("DET.WIN1.STRY", 1, "Lower left pixel in Y")
                .eso("DET.READ.SPEED", arm.readSpeed(), "Readout speed")
                .addAll(armChips.get(0).outputCards())
                .addAll(pixelWcs(arm));
        String setupLabel = kind == UvesFrameKind.BIAS
                ? arm.name() + "_" + arm.binX() + "x" + arm.binY() : setup.label();
        ManifestEntry entry = new ManifestEntry(exposure.arcfile(), exposure.arcfile(), exposure.instrume(),
                exposure.dpr().catg(), exposure.dpr().type(), exposure.dpr().tech(), setupLabel,
                ObservingTime.toSecond(exposure.tpl().start()), night, defect, detail);
        applyHeaderDefect(primary, defect, detail);
        List<EchelleFormat> formats = setup.formats(scale);
        long seed = plan.seed();
        double columnAdu = target == null ? 0 : columnElectrons(target, setup, exposure.exptime());
        return new SimulatedFrame(entry, primary, arm.chips() == 1, () -> {
            List<ImagePlane> planes = new ArrayList<>();
            for (int c = 0; c < armChips.size(); c++) {
                UvesChip chip = armChips.get(c);
                EchellePainter painter = new EchellePainter(formats.get(c));
                SplittableRandom noise = Seeds.random(seed, exposure.arcfile(), exposure.instrume(), chip.name());
                float[][] signal = switch (kind) {
                    case BIAS -> new float[scale.uvesHeight()][scale.uvesWidth()];
                    case FLAT -> painter.lamp(Seeds.uniform(noise, 19_000, 21_000));
                    case ORDERDEF -> painter.lamp(8000);
                    case FMTCHK -> painter.arc(15_000);
                    case ARC -> painter.arc(30_000);
                    case STANDARD -> painter.star(StellarSpectrum.hotStar(target), columnAdu / chip.conad(), setup.wlenNm());
                    case SCIENCE -> painter.star(StellarSpectrum.coolStar(target), columnAdu / chip.conad(), setup.wlenNm());
                };
                if (kind != UvesFrameKind.BIAS) {
                    float[][] response = PixelResponse.map(seed, signal.length, signal[0].length, 0.02,
                            "uves-response", setup.label(), chip.name());
                    for (int y = 0; y < signal.length; y++) {
                        for (int x = 0; x < signal[y].length; x++) {
                            signal[y][x] *= response[y][x];
                        }
                    }
                }
                HeaderCards cards = new HeaderCards();
                if (arm.chips() > 1) {
                    cards.std("EXTNAME", chip.name(), "Extension name").addAll(chip.outputCards()).addAll(pixelWcs(arm));
                }
                planes.add(new ImagePlane(cards, chip.read(signal, exposure.exptime(), noise)));
            }
            return planes;
        });
    }

    /** The pixel WCS the UVES pipeline reads (it rejects frames without it). */
    private static HeaderCards pixelWcs(UvesArm arm) {
        return new HeaderCards()
                .std("CRPIX1", 1.0, "Reference pixel")
                .std("CRVAL1", 1.0, "Coordinate at reference pixel")
                .std("CDELT1", (double) arm.binX(), "Coordinate increment")
                .std("CTYPE1", "PIXEL", "Pixel coordinate system")
                .std("CRPIX2", 1.0, "Reference pixel")
                .std("CRVAL2", 1.0, "Coordinate at reference pixel")
                .std("CDELT2", (double) arm.binY(), "Coordinate increment")
                .std("CTYPE2", "PIXEL", "Pixel coordinate system");
    }

    static void applyHeaderDefect(HeaderCards header, Defect defect, String detail) {
        switch (defect) {
            case MISSING_KEYWORD -> header.remove(detail);
            case WRONG_TYPE -> header.replace(detail, Keywords.format(header.value(detail).orElseThrow()));
            default -> {
            }
        }
    }

    /** Electrons per column at the blaze peak collected from {@code star} in {@code exptime} seconds. */
    private static double columnElectrons(Star star, UvesSetup setup, double exptime) {
        return rate(star, setup) * exptime;
    }

    private static double rate(Star star, UvesSetup setup) {
        double throughput = setup.arm() == UvesArm.BLUE ? 0.6 : 1.0;
        return RATE_V8 * throughput * Math.pow(10, -0.4 * (star.vmag() - 8));
    }

    /** The exposure time giving roughly {@code snr} per pixel at the blaze peak, rounded, 10-1800 s. */
    private static double exptimeFor(Star star, UvesSetup setup, double snr) {
        double seconds = snr * snr / rate(star, setup);
        return Math.max(10, Math.min(1800, Math.round(seconds / 10) * 10.0));
    }

    private String dayOfYear() {
        return String.format("%03d", night.plusDays(1).getDayOfYear());
    }
}
