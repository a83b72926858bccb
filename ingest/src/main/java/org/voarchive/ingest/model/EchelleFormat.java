package org.voarchive.ingest.model;

/**
 * Where light of each wavelength falls on a UVES-like echelle detector, so that the simulator can
 * paint orders and lines and the reducer can trace and extract them from the same geometry.
 *
 * <p>The model is deliberately simple: the trimmed detector area (prescan and overscan removed) holds
 * {@code height / ORDER_SPACING} orders, each a slightly tilted horizontal stripe. Orders are
 * contiguous in wavelength, increasing upwards and along x; the dispersion is chosen so that an
 * unresolved line spans {@link #LINE_FWHM_PX} pixels at the slit's resolving power. A two-chip arm
 * (the red arm's REDL and REDU) splits its range between the chips, the upper chip taking the
 * longer wavelengths.
 */
public final class EchelleFormat {

    /** Rows between neighbouring order traces. */
    public static final int ORDER_SPACING = 16;
    /** Gaussian sigma of the spatial profile across an order, pixels. */
    public static final double PROFILE_SIGMA = 1.3;
    /** Full width at half maximum of an unresolved line along the dispersion, pixels. */
    public static final double LINE_FWHM_PX = 2.2;
    /** Change of trace row per column, so extraction has to follow the trace. */
    public static final double TILT = 0.004;

    private final int width;
    private final int height;
    private final int orders;
    private final double resolvingPower;
    private final double dispersion;
    private final double startNm;

    /**
     * @param centralNm   the grating's central wavelength (INS GRATn WLEN), nm
     * @param slitArcsec  slit width (INS SLITn WID), arcsec
     * @param chips       chips in the arm (DET CHIPS)
     * @param chip        which chip, 0-based (0 for REDL or the blue chip, 1 for REDU)
     * @param width       trimmed columns (NAXIS1 - prescan - overscan)
     * @param height      rows (NAXIS2)
     */
    public EchelleFormat(double centralNm, double slitArcsec, int chips, int chip, int width, int height) {
        if (chips < 1 || chip < 0 || chip >= chips || width < 16 || height < ORDER_SPACING) {
            throw new IllegalArgumentException("no echelle format for chip " + chip + " of " + chips
                    + " on " + width + "x" + height + " pixels");
        }
        this.width = width;
        this.height = height;
        this.orders = height / ORDER_SPACING;
        this.resolvingPower = nominalResolvingPower(slitArcsec);
        this.dispersion = centralNm / (resolvingPower * LINE_FWHM_PX);
        double chipRange = orders * width * dispersion;
        double armStart = centralNm - chips * chipRange / 2;
        this.startNm = armStart + chip * chipRange;
    }

    /** The resolving power UVES reaches with this slit: about 40,000 at 1 arcsec, capped by the optics. */
    public static double nominalResolvingPower(double slitArcsec) {
        double slit = Math.max(0.3, slitArcsec);
        return Math.min(110_000, 40_000 / slit);
    }

    public int orders() {
        return orders;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double resolvingPower() {
        return resolvingPower;
    }

    /** Nanometres per pixel along the dispersion. */
    public double dispersion() {
        return dispersion;
    }

    /** Row (0-based, may be fractional) of the centre of {@code order} at column {@code x}. */
    public double traceY(int order, double x) {
        return (order + 0.5) * ORDER_SPACING + TILT * (x - width / 2.0);
    }

    /** Wavelength, nm, at column {@code x} (0-based, trimmed) of {@code order}. */
    public double wavelength(int order, double x) {
        return startNm + (order * (double) width + x) * dispersion;
    }

    /** The column of {@code nm} in its order, or NaN when this chip does not see it. */
    public double column(int order, double nm) {
        double x = (nm - startNm) / dispersion - order * (double) width;
        return x >= 0 && x < width ? x : Double.NaN;
    }

    public double minNm() {
        return startNm;
    }

    public double maxNm() {
        return wavelength(orders - 1, width - 1);
    }
}
