package org.voarchive.db.demo;

import java.util.List;

/**
 * An astronomical target of the demo holdings with its ICRS position.
 *
 * @param name the name an astronomer would type
 * @param ra right ascension, degrees
 * @param dec declination, degrees
 * @param targetClass ObsCore target_class
 * @param compact whether spectrographs observe it (stars, nuclei) rather than only imagers
 */
record Target(String name, double ra, double dec, String targetClass, boolean compact) {

    /** Well-known southern and equatorial targets, positions rounded to about an arcsecond. */
    static final List<Target> NAMED = List.of(
            new Target("NGC 253", 11.8880, -25.2882, "galaxy", false),
            new Target("M 83", 204.2538, -29.8658, "galaxy", false),
            new Target("NGC 1068", 40.6696, -0.0133, "galaxy", true),
            new Target("M 42", 83.8221, -5.3911, "HII region", false),
            new Target("47 Tuc", 6.0236, -72.0813, "globular cluster", false),
            new Target("Omega Cen", 201.6970, -47.4795, "globular cluster", false),
            new Target("30 Dor", 84.6765, -69.1008, "HII region", false),
            new Target("NGC 346", 14.7708, -72.1750, "open cluster", false),
            new Target("Sgr A*", 266.4168, -29.0078, "galactic nucleus", true),
            new Target("eta Car", 161.2648, -59.6844, "star", true),
            new Target("NGC 300", 13.7229, -37.6844, "galaxy", false),
            new Target("Cen A", 201.3651, -43.0191, "galaxy", true),
            new Target("tau Cet", 26.0170, -15.9375, "star", true),
            new Target("alf Cen A", 219.9021, -60.8340, "star", true),
            new Target("Proxima Cen", 217.4289, -62.6795, "star", true),
            new Target("HD 209458", 330.7950, 18.8843, "star", true),
            new Target("bet Pic", 86.8212, -51.0665, "star", true),
            new Target("HR 8799", 346.8696, 21.1343, "star", true),
            new Target("TW Hya", 165.4658, -34.7047, "star", true),
            new Target("SN 1987A", 83.8667, -69.2697, "supernova remnant", true),
            new Target("NGC 6397", 265.1754, -53.6743, "globular cluster", false),
            new Target("NGC 3603", 168.7850, -61.2628, "open cluster", false),
            new Target("NGC 1399", 54.6212, -35.4507, "galaxy", true),
            new Target("Abell 1689", 197.8730, -1.3410, "galaxy cluster", false),
            new Target("HUDF", 53.1625, -27.7914, "field", false),
            new Target("COSMOS", 150.1192, 2.2058, "field", false),
            new Target("NGC 7293", 337.4110, -20.8372, "planetary nebula", false),
            new Target("M 4", 245.8968, -26.5258, "globular cluster", false),
            new Target("LTT 3218", 130.3850, -32.9422, "star", true),
            new Target("EG 274", 245.8908, -39.2294, "star", true),
            new Target("GJ 581", 229.8617, -7.7222, "star", true),
            new Target("GJ 1214", 258.8289, 4.9639, "star", true),
            new Target("WASP-121", 107.6004, -39.0975, "star", true),
            new Target("Betelgeuse", 88.7929, 7.4071, "star", true),
            new Target("Antares", 247.3519, -26.4320, "star", true),
            new Target("Sirius", 101.2872, -16.7161, "star", true),
            new Target("M 87", 187.7059, 12.3911, "galaxy", true),
            new Target("NGC 1365", 53.4016, -36.1404, "galaxy", true),
            new Target("NGC 4993", 197.4488, -23.3839, "galaxy", true),
            new Target("TRAPPIST-1", 346.6223, -5.0414, "star", true));
}
