package org.voarchive.ingest.phase3;

import java.util.List;

/**
 * The primary-header keywords every Phase 3 product carries, whatever its category: identity, target,
 * timing, programme, calibration state, processing, provenance and associations.
 */
final class CommonKeywords {

    private CommonKeywords() {
    }

    static void write(ProductMetadata m, Cards cards) {
        cards.add("PRODCATG", m.category().prodcatg(), "Data product category")
                .add("ORIGIN", m.origin(), "European Southern Observatory")
                .add("TELESCOP", m.telescop(), "Telescope")
                .add("INSTRUME", m.instrume(), "Instrument")
                .add("OBJECT", m.object(), "Target designation")
                .add("RA", m.ra(), "[deg] Target or field centre (FK5)")
                .add("DEC", m.dec(), "[deg] Target or field centre (FK5)")
                // The raw frames' coordinates are FK5 J2000 and their MJDs UTC; products inherit both.
                .add("RADESYS", "FK5", "Coordinate reference frame")
                .add("EQUINOX", 2000.0, "Standard FK5 (years)")
                .add("TIMESYS", "UTC", "Time system of MJD-OBS and MJD-END")
                .add("EXPTIME", m.exptime(), "[s] Exposure time of one exposure")
                .add("TEXPTIME", m.texptime(), "[s] Total integration time of all exposures")
                .add("MJD-OBS", m.mjdObs(), "[d] Start of observations")
                .add("MJD-END", m.mjdEnd(), "[d] End of observations")
                .add("PROG_ID", m.progId(), "ESO programme identification");
        numbered(cards, "OBID", m.obids(), "Observation block ID");
        cards.add("NCOMBINE", (long) m.ncombine(), "Number of combined raw exposures")
                .add("OBSTECH", m.obstech(), "Technique of observation")
                .add("FLUXCAL", m.fluxcal().name(), "Type of flux calibration")
                .add("FLUXERR", m.fluxErr(), "[%] Uncertainty of the flux calibration")
                .add("PROCSOFT", m.procsoft(), "Reduction software")
                .add("REFERENC", m.referenc(), "Bibliographic reference");
        numbered(cards, "PROV", m.prov(), "Originating raw file");
        for (int i = 0; i < m.asson().size(); i++) {
            Association a = m.asson().get(i);
            int n = i + 1;
            cards.add("ASSON" + n, a.name(), "Associated file");
            a.category().ifPresent(c -> cards.add("ASSOC" + n, c, "Category of the associated file"));
            a.md5().ifPresent(md5 -> cards.add("ASSOM" + n, md5, "MD5 sum of the associated file"));
        }
        cards.add("ARCFILE", m.arcfile(), "Archive file name")
                .add("ORIGFILE", m.origfile(), "Original file name")
                .add("P3ORIG", m.p3orig(), "Phase 3 origin");
    }

    /** KEY1..KEYn, numbered from 1 without padding, as the standard requires of PROVi and OBIDi. */
    private static void numbered(Cards cards, String key, List<?> values, String comment) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Long l) {
                cards.add(key + (i + 1), l.longValue(), comment);
            } else {
                cards.add(key + (i + 1), v.toString(), comment);
            }
        }
    }
}
