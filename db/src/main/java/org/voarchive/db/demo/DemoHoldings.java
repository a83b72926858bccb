package org.voarchive.db.demo;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.voarchive.db.obscore.ObsCoreRecord;
import org.voarchive.db.obscore.SkyPolygon;

/**
 * A deterministic set of Phase 3 products that looks like an observatory's holdings: echelle spectra
 * (UVES, X-shooter, HARPS), images (HAWK-I, FORS2, and VISTA and VST survey tiles), MUSE cubes, observed
 * between 2015 and November 2026 under programmes with 12 to 60 month proprietary periods.
 *
 * <p>The same seed gives the same rows on every machine and run, so tests can rely on them.
 */
public final class DemoHoldings {

    /** How many products the demo holds. */
    public static final int SIZE = 6000;

    static final long SEED = 1_962_10_05L;
    /** MJD of 2015-01-01 and of 2026-11-15, the first and last nights. */
    static final int FIRST_NIGHT = 57023;
    static final int LAST_NIGHT = 61359;
    private static final long MJD_EPOCH_DAY = -40587;
    private static final DateTimeFormatter ADP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final String[] PIS = {"Andersen, K.", "Bauer, M.", "Castillo, R.", "Dubois, E.", "Eriksson, L.",
        "Ferreira, A.", "Gallo, S.", "Hoffmann, J.", "Ibarra, P.", "Jensen, T.", "Kowalski, M.", "Lindqvist, O.",
        "Moreau, C.", "Nakamura, H.", "Okafor, N.", "Pereira, D.", "Quintana, V.", "Rossi, G.", "Schmidt, U.",
        "Tanaka, Y.", "Urquhart, B.", "Valdes, F.", "Weber, H.", "Xu, L.", "Yilmaz, E.", "Zanetti, F."};

    private final String authority;
    private final URI base;

    /**
     * @param authority the IVOA authority that publisher DIDs are minted under
     * @param base the archive's base URL (ending in a slash) for access URLs
     */
    public DemoHoldings(String authority, URI base) {
        this.authority = authority;
        this.base = base;
    }

    /** The products, always the same ones in the same order. */
    public List<ObsCoreRecord> records() {
        return new Generator().all();
    }

    /** A programme: its ID, PI and proprietary period. */
    private record Programme(String id, String pi, int proprietaryMonths) {
    }

    /** One pass of the generator; all randomness comes from one seeded sequence. */
    private final class Generator {
        private final Random random = new Random(SEED);
        private final Map<String, List<Programme>> programmes = new HashMap<>();
        private final Set<String> productIds = new HashSet<>();
        private final int totalWeight = Instrument.ALL.stream().mapToInt(Instrument::weight).sum();

        List<ObsCoreRecord> all() {
            List<ObsCoreRecord> records = new ArrayList<>(SIZE);
            for (int i = 0; i < SIZE; i++) {
                records.add(product());
            }
            return records;
        }

        private ObsCoreRecord product() {
            Instrument instrument = instrument();
            Setup setup = instrument.setups().get(random.nextInt(instrument.setups().size()));
            int night = FIRST_NIGHT + random.nextInt(LAST_NIGHT - FIRST_NIGHT + 1);
            double tMin = night - 0.05 + 0.45 * random.nextDouble();
            double exptime = Math.round(uniform(instrument.exptime()) / 10) * 10.0;
            double elapsed = exptime * (1.05 + 0.4 * random.nextDouble());
            double tMax = tMin + elapsed / 86400;

            Target target = target(instrument);
            double[] pointing = jitter(target, instrument);
            double pa = Math.round(random.nextDouble() * 180);
            SkyPolygon region = SkyPolygon.rectangle(pointing[0], pointing[1], instrument.fieldWidthDeg(),
                    instrument.fieldHeightDeg(), pa);
            double fov = Math.hypot(instrument.fieldWidthDeg(), instrument.fieldHeightDeg());

            Programme programme = programme(instrument, night);
            Instant observed = instant(tMin);
            Instant created = creation(instrument, tMax);
            Instant released = instrument.origin().equals("EDP") ? created
                    : observed.atZone(ZoneOffset.UTC).plusMonths(programme.proprietaryMonths()).toInstant();
            String dpId = productId(created);

            double power = Math.round(setup.minPower() + random.nextDouble() * (setup.maxPower() - setup.minPower()));
            double centreNm = (setup.minNm() + setup.maxNm()) / 2;
            Double psf = instrument.psfArcsec() == null ? null : round(uniform(instrument.psfArcsec()), 2);
            Double seeing = psf != null ? psf : round(0.5 + random.nextDouble(), 2);
            Double snr = null;
            Double abmaglim = null;
            Long xel1 = null;
            Long xel2 = null;
            long emXel;
            String oUcd;
            String oUnit;
            if (instrument.isSpectrum()) {
                snr = round(Math.exp(Math.log(instrument.quality()[0])
                        + random.nextDouble() * Math.log(instrument.quality()[1] / instrument.quality()[0])), 1);
                emXel = Math.round((setup.maxNm() - setup.minNm()) / (centreNm / power / 2));
                oUcd = "phot.flux.density;em.wl";
                oUnit = "erg.cm**-2.s**-1.angstrom**-1";
            } else {
                double depth = Math.log(exptime / instrument.exptime()[0])
                        / Math.log(instrument.exptime()[1] / instrument.exptime()[0]);
                abmaglim = round(instrument.quality()[0] + (instrument.quality()[1] - instrument.quality()[0])
                        * (0.7 * Math.max(0, depth) + 0.3 * random.nextDouble()), 2);
                xel1 = Math.round(instrument.fieldWidthDeg() * 3600 / instrument.pixelScaleArcsec());
                xel2 = Math.round(instrument.fieldHeightDeg() * 3600 / instrument.pixelScaleArcsec());
                boolean cube = instrument.productType().equals("cube");
                emXel = cube ? Math.round((setup.maxNm() - setup.minNm()) / 0.125) : 1;
                oUcd = cube ? "phot.flux.density;em.wl" : "phot.flux.density";
                oUnit = cube ? "10**(-20)erg.s**-1.cm**-2.angstrom**-1" : "adu";
            }
            String kind = switch (instrument.productType()) {
                case "spectrum" -> "spectrum";
                case "cube" -> "data cube";
                default -> instrument.survey() ? "survey tile" : "image";
            };
            String title = instrument.name() + " " + setup.name() + " " + kind + " of " + target.name();

            return new ObsCoreRecord(
                    instrument.productType(), instrument.subtype(), instrument.calibLevel(), instrument.collection(),
                    Integer.toString(1_000_000 + random.nextInt(9_000_000)), title,
                    "ivo://" + authority + "/ID?" + dpId, null, programme.pi(), created, released,
                    "ivo://" + authority, null, programme.id(),
                    base.resolve("files/" + dpId + ".fits").toString(), "application/fits",
                    Math.round(uniform(instrument.sizeKb())),
                    target.name(), target.targetClass(), round(pointing[0], 6), round(pointing[1], 6), fov, region,
                    seeing, instrument.pixelScaleArcsec() > 0 ? instrument.pixelScaleArcsec() : null, xel1, xel2,
                    tMin, tMax, exptime, null, null,
                    setup.minNm() * 1e-9, setup.maxNm() * 1e-9, power, emXel, "em.wl", "m", oUcd, oUnit,
                    null, null, instrument.facility(), instrument.name(),
                    dpId, instrument.obstech(), instrument.isSpectrum() ? null : setup.name(),
                    snr, abmaglim, psf, instrument.origin());
        }

        private Instrument instrument() {
            int pick = random.nextInt(totalWeight);
            for (Instrument i : Instrument.ALL) {
                pick -= i.weight();
                if (pick < 0) {
                    return i;
                }
            }
            throw new IllegalStateException("weights do not add up");
        }

        private Target target(Instrument instrument) {
            if (instrument.survey()) {
                double[] p = instrument.collection().equals("KiDS") ? kidsField() : southernSky();
                String name = String.format(java.util.Locale.ROOT, "%s_%.1f_%.1f", instrument.collection().toUpperCase(),
                        p[0], p[1]);
                return new Target(name, p[0], p[1], "field", false);
            }
            boolean named = random.nextDouble() < (instrument.isSpectrum() ? 0.45 : 0.6);
            if (named) {
                List<Target> pool = instrument.isSpectrum()
                        ? Target.NAMED.stream().filter(Target::compact).toList() : Target.NAMED;
                return pool.get(random.nextInt(pool.size()));
            }
            double[] p = southernSky();
            if (instrument.isSpectrum()) {
                return new Target("HD " + (1000 + random.nextInt(224000)), p[0], p[1], "star", true);
            }
            String name = String.format(java.util.Locale.ROOT, "Field %05.1f%+05.1f", p[0], p[1]);
            return new Target(name, p[0], p[1], "field", false);
        }

        /** Pointing offsets: arcseconds for spectra and cubes, up to an arcminute for images. */
        private double[] jitter(Target target, Instrument instrument) {
            if (instrument.survey()) {
                return new double[] {target.ra(), target.dec()};
            }
            double scale = (instrument.productType().equals("image") ? 60.0 : 2.0) / 3600;
            double dec = clamp(target.dec() + (random.nextDouble() - 0.5) * scale, -89.9, 89.9);
            double ra = target.ra() + (random.nextDouble() - 0.5) * scale / Math.cos(Math.toRadians(dec));
            return new double[] {(ra + 360) % 360, dec};
        }

        /** Uniform over the sky observable from Paranal (declination below +30). */
        private double[] southernSky() {
            double sinDec = -1 + random.nextDouble() * (1 + Math.sin(Math.toRadians(30)));
            return new double[] {round(random.nextDouble() * 360, 4), round(Math.toDegrees(Math.asin(sinDec)), 4)};
        }

        /** The two KiDS strips: equatorial (RA 150-240, Dec -5..+5) and southern (RA 330-55, Dec -35..-25). */
        private double[] kidsField() {
            if (random.nextBoolean()) {
                return new double[] {round(150 + random.nextDouble() * 90, 1), round(-5 + random.nextDouble() * 10, 1)};
            }
            return new double[] {round((330 + random.nextDouble() * 85) % 360, 1), round(-35 + random.nextDouble() * 10, 1)};
        }

        private Programme programme(Instrument instrument, int night) {
            int period = period(night);
            if (instrument.survey()) {
                String id = instrument.collection().equals("VHS") ? "179.A-2010" : "177.A-3016";
                char run = (char) ('A' + Math.floorMod(period, 26));
                return new Programme(id + "(" + run + ")", instrument.collection().equals("VHS")
                        ? "McMahon, R." : "Kuijken, K.", 0);
            }
            List<Programme> pool = programmes.computeIfAbsent(instrument.name() + "/" + period, k -> new ArrayList<>());
            if (pool.size() < 6 && (pool.isEmpty() || random.nextDouble() < 0.3)) {
                pool.add(newProgramme(period));
            }
            return pool.get(random.nextInt(pool.size()));
        }

        private Programme newProgramme(int period) {
            String id;
            if (period >= 110) {
                String code = Integer.toString(36 * 36 * 36 + random.nextInt(35 * 36 * 36 * 36), 36).toUpperCase();
                id = period + "." + code + ".00" + (1 + random.nextInt(3));
            } else {
                char category = "ABCDEFGHIL".charAt(random.nextInt(10));
                id = String.format(java.util.Locale.ROOT, period < 100 ? "%03d.%c-%04d(%c)" : "%04d.%c-%04d(%c)",
                        period, category, random.nextInt(10000), (char) ('A' + random.nextInt(3)));
            }
            double p = random.nextDouble();
            int months = p < 0.75 ? 12 : p < 0.90 ? 24 : p < 0.97 ? 36 : 60;
            return new Programme(id, PIS[random.nextInt(PIS.length)], months);
        }

        private Instant creation(Instrument instrument, double tMax) {
            double delay = instrument.origin().equals("EDP") ? 300 + random.nextDouble() * 600
                    : 2 + random.nextDouble() * 180;
            double latest = LAST_NIGHT + 4 + random.nextDouble();
            return instant(Math.min(tMax + delay, latest));
        }

        /** ADP identifiers are creation times to the millisecond; a clash moves on by a millisecond. */
        private String productId(Instant created) {
            Instant t = created;
            String id;
            while (!productIds.add(id = "ADP." + ADP.format(t))) {
                t = t.plusMillis(1);
            }
            return id;
        }

        private double uniform(double[] range) {
            return range[0] + random.nextDouble() * (range[1] - range[0]);
        }
    }

    /** The ESO observing period of a night: P99 is April to September 2017, P100 October 2017 to March 2018. */
    static int period(int mjdNight) {
        LocalDate date = LocalDate.ofEpochDay(mjdNight + MJD_EPOCH_DAY);
        int month = date.getMonthValue();
        int year = month <= 3 ? date.getYear() - 1 : date.getYear();
        return 2 * (year - 1968) + (month >= 4 && month <= 9 ? 1 : 2);
    }

    static Instant instant(double mjd) {
        return Instant.ofEpochMilli(Math.round((mjd + MJD_EPOCH_DAY) * 86_400_000d));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
