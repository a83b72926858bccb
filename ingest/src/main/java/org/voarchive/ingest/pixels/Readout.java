package org.voarchive.ingest.pixels;

import org.voarchive.ingest.frame.Keywords;

/**
 * Where a chip's pre- and overscan columns are: {@code DET.OUT1.PRSCX} columns on the left and
 * {@code DET.OUT1.OVSCX} on the right, read from the chip's own header first, then the primary header.
 * UVES frames must state both; other instruments (infrared arrays) without them have none.
 *
 * @param prescan  columns before the exposed area
 * @param overscan columns after it
 */
public record Readout(int prescan, int overscan) {

    public static Readout of(Keywords primary, Keywords chip) {
        boolean required = primary.text("INSTRUME").map(i -> i.trim().startsWith("UVES")).orElse(false);
        return new Readout(columns(primary, chip, "DET.OUT1.PRSCX", required),
                columns(primary, chip, "DET.OUT1.OVSCX", required));
    }

    private static int columns(Keywords primary, Keywords chip, String key, boolean required) {
        Double value = chip.number(key).or(() -> primary.number(key)).orElse(null);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("the frame lacks the numeric keyword " + key);
            }
            return 0;
        }
        if (value < 0 || value != Math.rint(value)) {
            throw new IllegalArgumentException(key + " must be a whole number of columns, not " + value);
        }
        return value.intValue();
    }

    /** The exposed columns of {@code raw}. */
    public Image trim(Image raw) {
        if (prescan + overscan >= raw.width()) {
            throw new IllegalArgumentException("pre- and overscan (" + prescan + "+" + overscan
                    + " columns) leave nothing of a " + raw.width() + " column image");
        }
        return prescan == 0 && overscan == 0 ? raw : raw.trimmed(prescan, raw.width() - overscan);
    }

    public boolean hasOverscan() {
        return overscan > 0;
    }

    /** The overscan pixels of {@code raw}, or the prescan when there is no overscan; empty when neither exists. */
    public float[] unexposed(Image raw) {
        if (overscan > 0) {
            return raw.region(raw.width() - overscan, raw.width(), 0, raw.height());
        }
        return prescan > 0 ? raw.region(0, prescan, 0, raw.height()) : new float[0];
    }
}
