package org.voarchive.db.demo;

import java.util.List;

/**
 * How one instrument's Phase 3 products look in the demo holdings. Ranges are drawn uniformly (or
 * log-uniformly for SNR) by {@link DemoHoldings}.
 */
record Instrument(
        String name,
        String facility,
        String collection,
        String productType,
        String subtype,
        String origin,
        int calibLevel,
        int weight,
        List<Setup> setups,
        String obstech,
        double fieldWidthDeg,
        double fieldHeightDeg,
        double pixelScaleArcsec,
        double[] exptime,
        double[] quality,
        double[] psfArcsec,
        double[] sizeKb,
        boolean survey) {

    boolean isSpectrum() {
        return productType.equals("spectrum");
    }

    static final List<Instrument> ALL = List.of(
            new Instrument("UVES", "ESO-VLT-U2", "UVES", "spectrum", "SCIENCE.SPECTRUM", "IDP", 2, 18,
                    List.of(new Setup("BLUE 346", 303, 388, 40000, 80000), new Setup("BLUE 390", 326, 454, 40000, 80000),
                            new Setup("BLUE 437", 373, 499, 40000, 80000), new Setup("RED 520", 414, 621, 40000, 110000),
                            new Setup("RED 564", 458, 668, 40000, 110000), new Setup("RED 580", 476, 684, 40000, 110000),
                            new Setup("RED 760", 565, 946, 40000, 110000), new Setup("RED 860", 665, 1060, 40000, 110000)),
                    "ECHELLE", 1.0 / 3600, 8.0 / 3600, 0.18, new double[] {300, 5400}, new double[] {5, 200},
                    null, new double[] {600, 3000}, false),
            new Instrument("XSHOOTER", "ESO-VLT-U3", "XSHOOTER", "spectrum", "SCIENCE.SPECTRUM", "IDP", 2, 14,
                    List.of(new Setup("UVB", 298.9, 556, 3200, 9700), new Setup("VIS", 533.7, 1020, 5000, 18400),
                            new Setup("NIR", 994, 2479, 3500, 11600)),
                    "ECHELLE,SLIT", 0.9 / 3600, 11.0 / 3600, 0.16, new double[] {300, 3600}, new double[] {3, 120},
                    null, new double[] {200, 900}, false),
            new Instrument("HARPS", "ESO-3.6", "HARPS", "spectrum", "SCIENCE.SPECTRUM", "IDP", 2, 14,
                    List.of(new Setup("HAM", 378, 691, 115000, 115000), new Setup("EGGS", 378, 691, 80000, 80000)),
                    "ECHELLE,ABSORPTION-CELL", 1.0 / 3600, 1.0 / 3600, 0.0, new double[] {60, 1800},
                    new double[] {20, 400}, null, new double[] {1500, 2500}, false),
            new Instrument("HAWKI", "ESO-VLT-U4", "HAWKI", "image", "SCIENCE.IMAGE", "IDP", 2, 12,
                    List.of(Setup.filter("Y", 970, 1070), Setup.filter("J", 1180, 1330), Setup.filter("H", 1500, 1800),
                            Setup.filter("Ks", 1990, 2310), Setup.filter("BrG", 2150, 2180),
                            Setup.filter("NB2090", 2085, 2100), Setup.filter("CH4", 1550, 1625)),
                    "IMAGE,JITTER", 0.125, 0.125, 0.106, new double[] {60, 3600}, new double[] {21.5, 25.0},
                    new double[] {0.3, 1.2}, new double[] {60000, 140000}, false),
            new Instrument("FORS2", "ESO-VLT-U1", "FORS2", "image", "SCIENCE.IMAGE", "IDP", 2, 8,
                    List.of(Setup.filter("u_HIGH", 330, 385), Setup.filter("b_HIGH", 380, 490),
                            Setup.filter("v_HIGH", 480, 590), Setup.filter("R_SPECIAL", 580, 730),
                            Setup.filter("I_BESS", 720, 1000)),
                    "IMAGE", 6.8 / 60, 6.8 / 60, 0.25, new double[] {30, 3000}, new double[] {24.0, 27.5},
                    new double[] {0.5, 1.5}, new double[] {16000, 33000}, false),
            new Instrument("MUSE", "ESO-VLT-U4", "MUSE", "cube", "SCIENCE.CUBE.IFS", "IDP", 2, 10,
                    List.of(new Setup("WFM-NOAO-N", 480, 930, 1770, 3590), new Setup("WFM-NOAO-E", 465, 930, 1770, 3590),
                            new Setup("WFM-AO-N", 470, 935, 1770, 3590), new Setup("NFM-AO-N", 470, 935, 1770, 3590)),
                    "IFU", 1.0 / 60, 1.0 / 60, 0.2, new double[] {600, 14400}, new double[] {22.0, 26.0},
                    new double[] {0.4, 1.2}, new double[] {2500000, 4000000}, false),
            new Instrument("VIRCAM", "ESO-VISTA", "VHS", "image", "SCIENCE.IMAGE", "EDP", 3, 12,
                    List.of(Setup.filter("Z", 830, 925), Setup.filter("Y", 970, 1070), Setup.filter("J", 1170, 1330),
                            Setup.filter("H", 1490, 1780), Setup.filter("Ks", 1990, 2300)),
                    "IMAGE,JITTER", 1.5, 1.2, 0.34, new double[] {60, 600}, new double[] {19.5, 21.5},
                    new double[] {0.7, 1.3}, new double[] {600000, 900000}, true),
            new Instrument("OMEGACAM", "ESO-VST", "KiDS", "image", "SCIENCE.IMAGE", "EDP", 3, 12,
                    List.of(Setup.filter("u_SDSS", 320, 380), Setup.filter("g_SDSS", 400, 550),
                            Setup.filter("r_SDSS", 550, 700), Setup.filter("i_SDSS", 690, 850)),
                    "IMAGE,OFFSET", 1.0, 1.0, 0.21, new double[] {240, 1200}, new double[] {23.0, 25.5},
                    new double[] {0.5, 1.1}, new double[] {1500000, 1900000}, true));
}
