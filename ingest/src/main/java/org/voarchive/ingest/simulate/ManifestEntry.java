package org.voarchive.ingest.simulate;

import java.time.LocalDate;

/**
 * One written file as the simulator meant it.
 *
 * @param fileName   the file's name in the output directory, equal to its ARCFILE for every file
 * @param arcfile    the ARCFILE keyword's value
 * @param instrument INSTRUME as written ('UVES', 'HAWKI', or an unknown one for that defect)
 * @param dprCatg    intended DPR CATG (even when the keyword was deliberately left out)
 * @param dprType    intended DPR TYPE
 * @param dprTech    intended DPR TECH
 * @param setup      the instrument setup the frame belongs to, e.g. {@code RED_580} or
 *                   {@code Ks/DIT10/NDIT6}; calibration groups share it
 * @param tplStart   TPL START, the template the frame belongs to
 * @param night      the evening date of the night the frame belongs to (morning calibrations included)
 * @param defect     why the file is deliberately wrong, {@link Defect#NONE} for a good one
 * @param detail     the keyword or calibration the defect concerns, empty for none
 */
public record ManifestEntry(String fileName, String arcfile, String instrument, String dprCatg,
                            String dprType, String dprTech, String setup, String tplStart, LocalDate night,
                            Defect defect, String detail) {

    public boolean bad() {
        return defect.isBadFile();
    }

    public Defect.ExpectedStatus expectedStatus() {
        return defect.expectedStatus();
    }
}
