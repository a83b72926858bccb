package org.voarchive.ingest.simulate;

/**
 * How large the simulated detectors are. Real UVES and HAWK-I chips are thousands of pixels wide; these
 * keep the geometry (orders, prescan, four-chip mosaic) at sizes a laptop writes in seconds.
 */
public enum FrameScale {
    /** UVES 2048 x 256 trimmed pixels per chip (16 orders), HAWK-I four 256 x 256 chips. */
    REALISTIC_LIGHT(2048, 256, 256),
    /** UVES 512 x 128 (8 orders), HAWK-I four 64 x 64 chips: for tests and CI. */
    SMALL(512, 128, 64);

    private final int uvesWidth;
    private final int uvesHeight;
    private final int hawkiChip;

    FrameScale(int uvesWidth, int uvesHeight, int hawkiChip) {
        this.uvesWidth = uvesWidth;
        this.uvesHeight = uvesHeight;
        this.hawkiChip = hawkiChip;
    }

    /** Trimmed UVES columns per chip (DET WIN1 NX). */
    public int uvesWidth() {
        return uvesWidth;
    }

    /** UVES rows per chip (DET WIN1 NY). */
    public int uvesHeight() {
        return uvesHeight;
    }

    /** Side of one square HAWK-I chip, pixels. */
    public int hawkiChip() {
        return hawkiChip;
    }
}
