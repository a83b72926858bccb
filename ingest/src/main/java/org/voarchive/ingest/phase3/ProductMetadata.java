package org.voarchive.ingest.phase3;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the headers of a Phase 3 product say about it beyond its pixels or bins: identity, target,
 * timing, provenance and the category-specific figures the reducer does not measure. Build one with
 * {@link #builder(ProductCategory)}; the constructor refuses a set of values that cannot make a valid
 * product of its category, so a writer never has to invent a value.
 *
 * <p>Spectra need {@code specsys} and {@code apertureDeg}; images need {@code filter},
 * {@code ellipticity} and {@code abMagSat} (the reducer's {@code ReducedImage} does not measure the
 * last two, so whoever measures them hands them in here). {@code fluxErr} is forced to -1 for
 * {@link FluxCalibration#UNCALIBRATED} products, as the standard requires.
 *
 * @param category     PRODCATG
 * @param origin       ORIGIN, {@code ESO} unless the builder is told otherwise
 * @param arcfile      ARCFILE, the product's archive name, e.g. {@code ADP.2024-03-12T03:45:01.123.fits}
 * @param origfile     ORIGFILE, the name the product had when produced
 * @param p3orig       P3ORIG, {@code IDP} for internal data products
 * @param telescop     TELESCOP
 * @param instrume     INSTRUME
 * @param object       OBJECT, the target name
 * @param ra           RA of the target or field centre, degrees, FK5 J2000, in [0, 360)
 * @param dec          DEC, degrees, in [-90, 90]
 * @param exptime      EXPTIME, the exposure time of one exposure, seconds
 * @param texptime     TEXPTIME, the total exposure time of all combined exposures, seconds
 * @param mjdObs       MJD-OBS, the start of the first exposure
 * @param mjdEnd       MJD-END, the end of the last exposure, not before {@code mjdObs}
 * @param progId       PROG_ID
 * @param obids        OBID1..n, the observation blocks, at least one
 * @param obstech      OBSTECH, e.g. {@code ECHELLE} or {@code IMAGE,JITTER}
 * @param fluxcal      FLUXCAL
 * @param fluxErr      FLUXERR, the flux calibration's uncertainty in percent; -1 when uncalibrated, -2 when undeterminable
 * @param procsoft     PROCSOFT, e.g. {@code voarchive/0.1 java} or {@code esorex/uves_obs_scired}
 * @param referenc     REFERENC, a bibliographic reference or the empty string
 * @param prov         PROV1..n, the raw ARCFILE names the product was made from, at least one
 * @param asson        ASSON1..n (with ASSOCi, ASSOMi), possibly empty
 * @param title        TITLE, a one-line description of the product
 * @param ncombine     NCOMBINE, how many raw exposures were combined
 * @param contnorm     CONTNORM, whether a spectrum is continuum-normalised
 * @param totFlux      TOT_FLUX, whether a spectrum holds the total flux of its source
 * @param specsys      SPECSYS, e.g. {@code TOPOCENT}; spectra only
 * @param apertureDeg  APERTURE, the slit width or fibre diameter, degrees; spectra only
 * @param filter       FILTER; images only
 * @param ellipticity  ELLIPTIC, median ellipticity of point sources; images only
 * @param abMagSat     ABMAGSAT, AB magnitude at which point sources saturate; images only
 * @param csyerDeg     CSYER1/2, systematic astrometric error, degrees, if known; images only
 * @param crderDeg     CRDER1/2, random astrometric error, degrees, if known; images only
 * @param jitter       NDIT, NJITTER, NOFFSETS, NUSTEP of infrared images, if applicable
 */
public record ProductMetadata(ProductCategory category, String origin, String arcfile, String origfile,
                              String p3orig, String telescop, String instrume, String object, double ra,
                              double dec, double exptime, double texptime, double mjdObs, double mjdEnd,
                              String progId, List<Long> obids, String obstech, FluxCalibration fluxcal,
                              double fluxErr, String procsoft, String referenc, List<String> prov,
                              List<Association> asson, String title, int ncombine, boolean contnorm,
                              boolean totFlux, Optional<String> specsys, OptionalDouble apertureDeg,
                              Optional<String> filter, OptionalDouble ellipticity, OptionalDouble abMagSat,
                              OptionalDouble csyerDeg, OptionalDouble crderDeg, Optional<JitterPattern> jitter) {

    /** FLUXERR of an uncalibrated product. */
    public static final double FLUXERR_UNCALIBRATED = -1;
    /** FLUXERR when the calibration's uncertainty cannot be determined. */
    public static final double FLUXERR_UNDETERMINED = -2;

    public ProductMetadata {
        require(category, "PRODCATG");
        for (String[] text : new String[][] {{origin, "ORIGIN"}, {arcfile, "ARCFILE"}, {origfile, "ORIGFILE"},
                {p3orig, "P3ORIG"}, {telescop, "TELESCOP"}, {instrume, "INSTRUME"}, {object, "OBJECT"},
                {progId, "PROG_ID"}, {obstech, "OBSTECH"}, {procsoft, "PROCSOFT"}, {title, "TITLE"}}) {
            if (text[0] == null || text[0].isBlank()) {
                throw new IllegalArgumentException(arcfileOr(arcfile) + ": " + text[1] + " is missing");
            }
        }
        require(referenc, "REFERENC (the empty string when there is none)");
        require(fluxcal, "FLUXCAL");
        obids = List.copyOf(require(obids, "OBID"));
        prov = List.copyOf(require(prov, "PROV"));
        asson = List.copyOf(require(asson, "ASSON"));
        if (obids.isEmpty() || prov.isEmpty()) {
            throw new IllegalArgumentException(arcfile + ": a product needs at least one OBID and one PROV, has "
                    + obids.size() + " and " + prov.size());
        }
        if (prov.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(arcfile + ": blank raw file name in PROV " + prov);
        }
        if (!(ra >= 0 && ra < 360) || !(dec >= -90 && dec <= 90)) {
            throw new IllegalArgumentException(arcfile + ": RA=" + ra + ", DEC=" + dec + " is not a position on the sky");
        }
        if (!(mjdEnd >= mjdObs) || !(exptime >= 0) || !(texptime >= exptime)) {
            throw new IllegalArgumentException(arcfile + ": inconsistent timing: MJD-OBS=" + mjdObs + " MJD-END="
                    + mjdEnd + " EXPTIME=" + exptime + " TEXPTIME=" + texptime);
        }
        if (ncombine < 1) {
            throw new IllegalArgumentException(arcfile + ": NCOMBINE=" + ncombine + " combines nothing");
        }
        if (fluxcal == FluxCalibration.UNCALIBRATED && fluxErr != FLUXERR_UNCALIBRATED) {
            throw new IllegalArgumentException(arcfile + ": an uncalibrated product has FLUXERR=-1, not " + fluxErr);
        }
        if (fluxcal == FluxCalibration.ABSOLUTE && !(fluxErr >= 0 || fluxErr == FLUXERR_UNDETERMINED)) {
            throw new IllegalArgumentException(arcfile + ": FLUXERR=" + fluxErr
                    + " is neither a percentage nor -2 (undetermined)");
        }
        requireAll(arcfile, specsys, apertureDeg, filter, ellipticity, abMagSat, csyerDeg, crderDeg, jitter);
        switch (category) {
            case SPECTRUM -> {
                present(arcfile, specsys.isPresent(), "SPECSYS");
                present(arcfile, apertureDeg.isPresent(), "APERTURE");
            }
            case IMAGE -> {
                present(arcfile, filter.isPresent(), "FILTER");
                present(arcfile, ellipticity.isPresent(), "ELLIPTIC");
                present(arcfile, abMagSat.isPresent(), "ABMAGSAT");
            }
        }
    }

    public static Builder builder(ProductCategory category) {
        return new Builder(category);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    private static void requireAll(String arcfile, Object... optionals) {
        for (Object o : optionals) {
            if (o == null) {
                throw new IllegalArgumentException(arcfileOr(arcfile) + ": an optional value is null; use empty");
            }
        }
    }

    private static void present(String arcfile, boolean present, String keyword) {
        if (!present) {
            throw new IllegalArgumentException(arcfile + ": " + keyword + " is mandatory for this product category");
        }
    }

    private static String arcfileOr(String arcfile) {
        return arcfile == null ? "product" : arcfile;
    }

    /** Collects a product's metadata; {@link #build()} checks it. Not thread-safe. */
    public static final class Builder {
        private final ProductCategory category;
        private String origin = "ESO";
        private String arcfile;
        private String origfile;
        private String p3orig = "IDP";
        private String telescop;
        private String instrume;
        private String object;
        private double ra = Double.NaN;
        private double dec = Double.NaN;
        private double exptime = Double.NaN;
        private double texptime = Double.NaN;
        private double mjdObs = Double.NaN;
        private double mjdEnd = Double.NaN;
        private String progId;
        private final List<Long> obids = new ArrayList<>();
        private String obstech;
        private FluxCalibration fluxcal;
        private Double fluxErr;
        private String procsoft;
        private String referenc = "";
        private final List<String> prov = new ArrayList<>();
        private final List<Association> asson = new ArrayList<>();
        private String title;
        private int ncombine = 1;
        private boolean contnorm;
        private boolean totFlux;
        private Optional<String> specsys = Optional.empty();
        private OptionalDouble apertureDeg = OptionalDouble.empty();
        private Optional<String> filter = Optional.empty();
        private OptionalDouble ellipticity = OptionalDouble.empty();
        private OptionalDouble abMagSat = OptionalDouble.empty();
        private OptionalDouble csyerDeg = OptionalDouble.empty();
        private OptionalDouble crderDeg = OptionalDouble.empty();
        private Optional<JitterPattern> jitter = Optional.empty();

        private Builder(ProductCategory category) {
            this.category = Objects.requireNonNull(category, "category");
        }

        public Builder origin(String v) { origin = v; return this; }
        public Builder arcfile(String v) { arcfile = v; return this; }
        public Builder origfile(String v) { origfile = v; return this; }
        public Builder p3orig(String v) { p3orig = v; return this; }
        public Builder telescop(String v) { telescop = v; return this; }
        public Builder instrume(String v) { instrume = v; return this; }
        public Builder object(String v) { object = v; return this; }
        public Builder position(double raDeg, double decDeg) { ra = raDeg; dec = decDeg; return this; }
        public Builder exptime(double v) { exptime = v; return this; }
        public Builder texptime(double v) { texptime = v; return this; }
        public Builder mjd(double start, double end) { mjdObs = start; mjdEnd = end; return this; }
        public Builder progId(String v) { progId = v; return this; }
        public Builder obids(List<Long> v) { obids.clear(); obids.addAll(v); return this; }
        public Builder obstech(String v) { obstech = v; return this; }
        public Builder fluxcal(FluxCalibration v) { fluxcal = v; return this; }
        /** FLUXERR, percent; only for absolutely calibrated products (uncalibrated ones get -1). */
        public Builder fluxErr(double v) { fluxErr = v; return this; }
        public Builder procsoft(String v) { procsoft = v; return this; }
        public Builder referenc(String v) { referenc = v; return this; }
        public Builder prov(List<String> v) { prov.clear(); prov.addAll(v); return this; }
        public Builder associate(Association v) { asson.add(v); return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder ncombine(int v) { ncombine = v; return this; }
        public Builder contnorm(boolean v) { contnorm = v; return this; }
        public Builder totFlux(boolean v) { totFlux = v; return this; }
        public Builder specsys(String v) { specsys = Optional.of(v); return this; }
        public Builder apertureDeg(double v) { apertureDeg = OptionalDouble.of(v); return this; }
        public Builder filter(String v) { filter = Optional.of(v); return this; }
        public Builder ellipticity(double v) { ellipticity = OptionalDouble.of(v); return this; }
        public Builder abMagSat(double v) { abMagSat = OptionalDouble.of(v); return this; }
        public Builder astrometricErrorsDeg(double systematic, double random) {
            csyerDeg = OptionalDouble.of(systematic);
            crderDeg = OptionalDouble.of(random);
            return this;
        }
        public Builder jitter(JitterPattern v) { jitter = Optional.of(v); return this; }

        /** @throws IllegalArgumentException naming the first missing or inconsistent value */
        public ProductMetadata build() {
            double err = fluxErr != null ? fluxErr
                    : fluxcal == FluxCalibration.UNCALIBRATED ? FLUXERR_UNCALIBRATED : Double.NaN;
            return new ProductMetadata(category, origin, arcfile, origfile, p3orig, telescop, instrume, object, ra,
                    dec, exptime, texptime, mjdObs, mjdEnd, progId, obids, obstech, fluxcal, err, procsoft, referenc,
                    prov, asson, title, ncombine, contnorm, totFlux, specsys, apertureDeg, filter, ellipticity,
                    abMagSat, csyerDeg, crderDeg, jitter);
        }
    }
}
