package org.voarchive.ingest.rules;

/**
 * How far in time a calibration may be from the frame it calibrates, in days either side: within
 * {@code bestDays} is the calibration plan's validity, within {@code maxDays} is still acceptable.
 */
public record ValidityWindow(double bestDays, double maxDays) {

    public ValidityWindow {
        if (!(bestDays >= 0) || !(maxDays >= bestDays)) {
            throw new IllegalArgumentException(
                    "a validity window needs 0 <= best <= max days, got best " + bestDays + ", max " + maxDays);
        }
    }

    boolean allows(double deltaMjd) {
        return Math.abs(deltaMjd) <= maxDays;
    }

    boolean isBest(double deltaMjd) {
        return Math.abs(deltaMjd) <= bestDays;
    }
}
