package org.voarchive.ingest.simulate;

import java.util.List;
import java.util.stream.IntStream;

import org.voarchive.ingest.model.EchelleFormat;

/**
 * A UVES instrument setting: arm, cross-disperser and central wavelength, slit. Science frames and the
 * lamp calibrations they need share it.
 *
 * @param label      the manifest's setup name, e.g. {@code RED_580}
 * @param mode       INS MODE
 * @param grating    INS GRATn NAME and ID (CD#1..CD#4)
 * @param wlenNm     INS GRATn WLEN, nm
 * @param slitArcsec INS SLITn WID, arcsec
 */
record UvesSetup(String label, UvesArm arm, String mode, String grating, double wlenNm, double slitArcsec) {

    static final UvesSetup BLUE_390 = new UvesSetup("BLUE_390", UvesArm.BLUE, "BLUE", "CD#2", 390, 1.0);
    static final UvesSetup RED_580 = new UvesSetup("RED_580", UvesArm.RED, "RED", "CD#3", 580, 1.0);
    /** Centred near H-alpha, so that even the small frame scale covers 656.28 nm. */
    static final UvesSetup RED_660 = new UvesSetup("RED_660", UvesArm.RED, "RED", "CD#3", 660, 1.0);
    static final UvesSetup RED_760 = new UvesSetup("RED_760", UvesArm.RED, "RED", "CD#4", 760, 1.0);

    /** The format of each chip of the arm at this frame scale, REDL before REDU. */
    List<EchelleFormat> formats(FrameScale scale) {
        return IntStream.range(0, arm.chips())
                .mapToObj(chip -> new EchelleFormat(wlenNm, slitArcsec, arm.chips(), chip,
                        scale.uvesWidth(), scale.uvesHeight()))
                .toList();
    }

    /** The INS keys the calibration plan matches on. */
    HeaderCards insCards() {
        int n = arm.grating();
        return new HeaderCards()
                .eso("INS.MODE", mode, "Instrument mode used")
                .eso("INS.PATH", arm.name(), "Optical path used")
                .eso("INS.GRAT" + n + ".NAME", grating, "Grating common name")
                .eso("INS.GRAT" + n + ".ID", grating, "Grating ID")
                .eso("INS.GRAT" + n + ".WLEN", wlenNm, "Grating central wavelength (nm)")
                .eso("INS.SLIT1.NAME", "FREE", "Slit common name")
                .eso("INS.SLIT" + arm.slit() + ".WID", slitArcsec, "Slit width (arcsec)");
    }
}
