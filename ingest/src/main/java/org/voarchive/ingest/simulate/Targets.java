package org.voarchive.ingest.simulate;

import java.util.List;

/**
 * The targets of the simulated programmes, chosen to be observable from Paranal in March: bright
 * metal-poor and solar-type stars for UVES, spectrophotometric standards, and galaxies and a deep field
 * for HAWK-I.
 */
final class Targets {

    static final List<Star> UVES_SCIENCE = List.of(
            new Star("HD 84937", 147.233757, 13.744252, 8.28, 6350),
            new Star("HD 94028", 162.867083, 20.277500, 8.22, 5970),
            new Star("HD 102870", 177.673826, 1.764717, 3.60, 6100),
            new Star("HD 108317", 186.653333, 5.302778, 8.04, 5200),
            new Star("HD 122563", 210.632500, 9.685700, 6.20, 4600),
            new Star("HD 140283", 235.763000, -10.933600, 7.21, 5800));

    static final List<Star> FLUX_STANDARDS = List.of(
            new Star("LTT 3218", 130.385125, -32.942472, 11.86, 9000),
            new Star("HR 4468", 174.170458, -9.802250, 4.70, 10000),
            new Star("EG 274", 245.891000, -39.229500, 11.03, 25000));

    /**
     * A HAWK-I imaging target.
     *
     * @param galaxy whether an extended galaxy is painted at the field centre
     */
    record Field(String name, double ra, double dec, boolean galaxy) {
    }

    static final List<Field> HAWKI_FIELDS = List.of(
            new Field("NGC 2997", 146.411667, -31.191111, true),
            new Field("NGC 3621", 169.568750, -32.814056, true),
            new Field("COSMOS", 150.119167, 2.205833, false),
            new Field("NGC 4945", 196.364500, -49.468222, true));

    /** The science programmes, PI first: new-style ESO programme IDs. */
    record Programme(String id, String pi) {
    }

    static final List<Programme> PROGRAMMES = List.of(
            new Programme("110.23AB.001", "Moreno, L."),
            new Programme("111.24KQ.002", "Okafor, C."),
            new Programme("112.25C9.001", "Lindqvist, A."),
            new Programme("111.24RM.003", "Tanaka, H."));

    private Targets() {
    }

    static <T> T cycle(List<T> list, int index) {
        return list.get(Math.floorMod(index, list.size()));
    }
}
