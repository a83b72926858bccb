package org.voarchive.ingest.simulate;

import java.time.Instant;

/**
 * What every raw frame's header says about one exposure, whatever the instrument: identity, pointing,
 * time, observation block, template and classification.
 *
 * @param instrume  INSTRUME ('UVES', 'HAWKI')
 * @param telescope TELESCOP
 * @param object    OBJECT: the target, or the frame type for calibrations
 * @param ra        RA, degrees J2000
 * @param dec       DEC, degrees J2000
 * @param exptime   EXPTIME, seconds
 * @param start     the shutter opening, millisecond precision
 * @param origfile  ORIGFILE, the name the instrument workstation gave the file
 */
record Exposure(String instrume, String telescope, String object, double ra, double dec, double exptime,
                Instant start, ObservationBlock ob, TemplateRun tpl, int expno, Dpr dpr, String origfile) {

    /** Seconds between the end of an exposure and the file landing on disk (readout and transfer). */
    private static final long READOUT_SECONDS = 25;

    String arcfile() {
        return ObservingTime.arcfile(instrume, start);
    }

    HeaderCards header() {
        Instant written = start.plusMillis(Math.round(exptime * 1000)).plusSeconds(READOUT_SECONDS);
        HeaderCards h = new HeaderCards()
                .std("ORIGIN", "ESO-PARANAL", "European Southern Observatory")
                .std("DATE", ObservingTime.toSecond(written), "UT date when this file was written")
                .std("TELESCOP", telescope, "ESO Telescope Name")
                .std("INSTRUME", instrume, "Instrument used")
                .std("OBJECT", object, "Original target")
                .std("RA", round(ra, 6), "Telescope pointing RA, J2000 (deg)")
                .std("DEC", round(dec, 6), "Telescope pointing DEC, J2000 (deg)")
                .std("EQUINOX", 2000.0, "Standard FK5 (years)")
                .std("RADECSYS", "FK5", "Coordinate reference frame")
                .std("EXPTIME", exptime, "Total integration time (s)")
                .std("MJD-OBS", ObservingTime.mjd(start), "Obs start")
                .std("DATE-OBS", ObservingTime.dateObs(start), "Date of observation")
                .std("UTC", ObservingTime.utcSeconds(start), "UT at start (s)")
                .std("LST", ObservingTime.lstSeconds(start), "LST at start (s)")
                .std("PI-COI", ob.piCoi(), "PI-COI name")
                .std("ARCFILE", arcfile(), "Archive File Name")
                .std("ORIGFILE", origfile, "Original File Name");
        h.eso("OBS.ID", ob.id(), "Observation block ID")
                .eso("OBS.NAME", ob.name(), "OB name")
                .eso("OBS.START", ObservingTime.toSecond(ob.start()), "OB start time")
                .eso("OBS.PROG.ID", ob.progId(), "ESO program identification")
                .eso("TPL.ID", tpl.id(), "Template signature ID")
                .eso("TPL.START", ObservingTime.toSecond(tpl.start()), "TPL start time")
                .eso("TPL.NEXP", tpl.exposures(), "Number of exposures within template")
                .eso("TPL.EXPNO", expno, "Exposure number within template")
                .eso("DPR.CATG", dpr.catg(), "Observation category")
                .eso("DPR.TYPE", dpr.type(), "Observation type")
                .eso("DPR.TECH", dpr.tech(), "Observation technique");
        return h;
    }

    static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
