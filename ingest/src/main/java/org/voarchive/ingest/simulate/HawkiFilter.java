package org.voarchive.ingest.simulate;

/**
 * A HAWK-I broad-band filter: its photometric zero point (AB magnitude giving 1 ADU/s) and the night
 * sky's surface brightness through it at Paranal.
 */
enum HawkiFilter {
    J("J", 26.2, 16.7),
    H("H", 26.4, 15.4),
    KS("Ks", 25.7, 14.9);

    private final String keyword;
    private final double zeroPoint;
    private final double skyMagPerArcsec2;

    HawkiFilter(String keyword, double zeroPoint, double skyMagPerArcsec2) {
        this.keyword = keyword;
        this.zeroPoint = zeroPoint;
        this.skyMagPerArcsec2 = skyMagPerArcsec2;
    }

    /** INS FILT1 NAME. */
    String keyword() {
        return keyword;
    }

    double zeroPoint() {
        return zeroPoint;
    }

    /** ADU per second from a source of AB magnitude {@code mag}. */
    double rate(double mag) {
        return Math.pow(10, -0.4 * (mag - zeroPoint));
    }

    /** ADU per second per pixel from a surface brightness in AB mag per square arcsecond. */
    double ratePerPixel(double magPerArcsec2) {
        double pixelArea = HawkiMosaic.PIXEL_ARCSEC * HawkiMosaic.PIXEL_ARCSEC;
        return rate(magPerArcsec2) * pixelArea;
    }

    double skyRatePerPixel() {
        return ratePerPixel(skyMagPerArcsec2);
    }
}
