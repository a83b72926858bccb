package org.voarchive.ingest.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voarchive.ingest.frame.Keywords;

/** Realistic header keyword sets (spec section 1) and an in-memory catalog for the rules tests. */
final class Fixtures {

    static final double SCIENCE_MJD = 60381.1342;
    static final RuleBook RULES = RuleBook.load();

    private Fixtures() {
    }

    /** A UVES frame of one arm (chips 1 blue, 2 red) with the spec's red 580 nm setup or its blue 390 nm one. */
    static Keywords uves(String catg, String type, String tech, int chips) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("INSTRUME", "UVES");
        k.put("TELESCOP", "ESO-VLT-U2");
        k.put("DPR.CATG", catg);
        k.put("DPR.TYPE", type);
        k.put("DPR.TECH", tech);
        k.put("DET.CHIPS", (long) chips);
        k.put("DET.OUTPUTS", 1L);
        k.put("DET.WIN1.BINX", 2L);
        k.put("DET.WIN1.BINY", 2L);
        k.put("DET.WIN1.NX", 2148L);
        k.put("DET.WIN1.NY", chips == 1 ? 3000L : 4096L);
        k.put("DET.WIN1.STRX", 1L);
        k.put("DET.WIN1.STRY", 1L);
        k.put("DET.READ.SPEED", "50kHz,2x2,high");
        k.put("INS.MODE", chips == 1 ? "BLUE" : "RED");
        int grating = chips == 1 ? 1 : 2;
        k.put("INS.GRAT" + grating + ".ID", chips == 1 ? "CD#2" : "CD#3");
        k.put("INS.GRAT" + grating + ".WLEN", chips == 1 ? 390.0 : 580.0);
        k.put("TPL.START", "2024-03-12T03:12:40");
        k.put("MJD-OBS", SCIENCE_MJD);
        return Keywords.of(k);
    }

    static Keywords uvesRedScience() {
        return uves("SCIENCE", "OBJECT,POINT", "ECHELLE", 2).with("ARCFILE", "UVES.2024-03-12T03:13:15.744.fits");
    }

    static Keywords hawki(String catg, String type, String tech) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("INSTRUME", "HAWKI");
        k.put("TELESCOP", "ESO-VLT-U4");
        k.put("DPR.CATG", catg);
        k.put("DPR.TYPE", type);
        k.put("DPR.TECH", tech);
        k.put("DET.DIT", 10.0);
        k.put("DET.NDIT", 6L);
        k.put("DET.NCORRS.NAME", "Double");
        k.put("INS.FILT1.NAME", "Ks");
        k.put("INS.FILT2.NAME", "OPEN");
        k.put("TPL.START", "2024-03-12T01:00:00");
        return Keywords.of(k);
    }

    static Candidate master(String id, String tag, Keywords keywords, double mjd, boolean certified) {
        return new Candidate(id, tag, keywords, mjd, certified, Candidate.Kind.MASTER);
    }

    static Candidate raw(String id, String tag, Keywords keywords, double mjd) {
        return new Candidate(id, tag, keywords, mjd, false, Candidate.Kind.RAW);
    }

    /** A catalog over a fixed list, answering by instrument and tag. */
    static CalibrationCatalog catalog(String instrument, List<Candidate> candidates) {
        return (i, tag) -> i.equals(instrument)
                ? candidates.stream().filter(c -> c.tag().equals(tag)).toList()
                : List.of();
    }
}
