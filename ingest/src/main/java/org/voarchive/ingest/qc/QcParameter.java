package org.voarchive.ingest.qc;

/**
 * How one QC1 parameter of one kind of frame is scored, as a {@code <parameter>} element of an
 * instrument's {@code .qc.xml} resource describes it (see {@link QcThresholds}).
 *
 * @param tagPrefix    the frame tags it applies to (those starting with it)
 * @param name         the QC1 name; per-chip names (the name plus a chip number) share it
 * @param reference    what the value is compared with
 * @param window       how many of the latest earlier values a MEDIAN or MEAN reference uses
 * @param nominal      the FIXED reference, and the fallback when history is too short
 * @param threshold    how far from the reference a value may lie
 * @param low          for VAL: the lowest acceptable value
 * @param high         for VAL: the highest acceptable value
 * @param width        for SIGMA: the number of sigmas; for PERCENT: the percentage
 * @param sigma        for SIGMA: the scatter to assume while history is too short to measure it
 * @param warning      fraction of the threshold's distance from the reference beyond which a value is a WARNING
 */
public record QcParameter(String tagPrefix, String name, Reference reference, int window, double nominal,
                          Threshold threshold, double low, double high, double width, double sigma, double warning) {

    /** Where the reference value comes from. */
    public enum Reference { FIXED, MEDIAN, MEAN }

    /** The kind of threshold. */
    public enum Threshold { VAL, SIGMA, PERCENT }

    /** Earlier values a MEDIAN or MEAN reference, or a measured sigma, needs before it replaces the nominal ones. */
    public static final int MIN_HISTORY = 3;

    public QcParameter {
        if (!(warning > 0 && warning <= 1)) {
            throw new IllegalArgumentException(name + ": the warning fraction must be within (0, 1], not " + warning);
        }
        if (reference != Reference.FIXED && window < MIN_HISTORY) {
            throw new IllegalArgumentException(name + ": a " + reference + " reference needs a window of at least "
                    + MIN_HISTORY + " values, not " + window);
        }
        if (threshold == Threshold.VAL && !(low < high)) {
            throw new IllegalArgumentException(name + ": VAL needs low < high, not " + low + ", " + high);
        }
        if (threshold != Threshold.VAL && !(width > 0)) {
            throw new IllegalArgumentException(name + ": " + threshold + " needs a positive width, not " + width);
        }
        if (threshold == Threshold.SIGMA && !(sigma > 0)) {
            throw new IllegalArgumentException(name + ": SIGMA needs a positive nominal sigma, not " + sigma);
        }
    }
}
