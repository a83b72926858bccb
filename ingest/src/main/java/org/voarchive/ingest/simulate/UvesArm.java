package org.voarchive.ingest.simulate;

import java.util.List;

/**
 * A UVES arm's detector system: how many chips (DET CHIPS, which classification keys on), their HDU
 * names, the readout mode used with it here, and which grating and slit keywords its setups use.
 */
enum UvesArm {
    BLUE(List.of("BLUE"), 1, 1, "225kHz,1x1,low", 1, 2),
    RED(List.of("REDL", "REDU"), 2, 2, "50kHz,2x2,high", 2, 3);

    /** DET OUT1 PRSCX and OVSCX: columns that see no light, only the bias level. */
    static final int PRESCAN = 8;
    static final int OVERSCAN = 8;

    private final List<String> chipNames;
    private final int binX;
    private final int binY;
    private final String readSpeed;
    private final int grating;
    private final int slit;

    UvesArm(List<String> chipNames, int binX, int binY, String readSpeed, int grating, int slit) {
        this.chipNames = chipNames;
        this.binX = binX;
        this.binY = binY;
        this.readSpeed = readSpeed;
        this.grating = grating;
        this.slit = slit;
    }

    List<String> chipNames() {
        return chipNames;
    }

    int chips() {
        return chipNames.size();
    }

    int binX() {
        return binX;
    }

    int binY() {
        return binY;
    }

    String readSpeed() {
        return readSpeed;
    }

    /** n of the INS GRATn keys. */
    int grating() {
        return grating;
    }

    /** n of the INS SLITn WID key. */
    int slit() {
        return slit;
    }

    /** The lower-case arm name used in template IDs and file names. */
    String label() {
        return name().toLowerCase();
    }
}
