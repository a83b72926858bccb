package org.voarchive.ingest.simulate;

/** The kinds of UVES raw frame the simulator writes, with their classification and template. */
enum UvesFrameKind {
    BIAS(new Dpr("CALIB", "BIAS", "IMAGE"), "cal_bias", "BIAS"),
    FMTCHK(new Dpr("CALIB", "LAMP,FMTCHK", "ECHELLE"), "cal_fmtchk", "FMTCHK"),
    ORDERDEF(new Dpr("CALIB", "LAMP,ORDERDEF", "ECHELLE"), "cal_orderdef", "ORDERDEF"),
    FLAT(new Dpr("CALIB", "LAMP,FLAT", "ECHELLE"), "cal_flatfree", "FLAT"),
    ARC(new Dpr("CALIB", "LAMP,WAVE", "ECHELLE"), "cal_wave", "WAVE"),
    STANDARD(new Dpr("CALIB", "STD", "ECHELLE"), "cal_stdstar", "STD"),
    SCIENCE(new Dpr("SCIENCE", "OBJECT,POINT", "ECHELLE"), "obs_exp", "OBS");

    private final Dpr dpr;
    private final String template;
    private final String fileTag;

    UvesFrameKind(Dpr dpr, String template, String fileTag) {
        this.dpr = dpr;
        this.template = template;
        this.fileTag = fileTag;
    }

    Dpr dpr() {
        return dpr;
    }

    /** TPL ID, e.g. {@code UVES_red_cal_flatfree}. */
    String templateId(UvesArm arm) {
        return "UVES_" + arm.label() + "_" + template;
    }

    /** The part of ORIGFILE naming the frame type. */
    String fileTag() {
        return fileTag;
    }

    /** OBJECT of a calibration frame: its DPR TYPE, as the instrument software writes it. */
    boolean namesTarget() {
        return this == STANDARD || this == SCIENCE;
    }
}
