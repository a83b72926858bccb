package org.voarchive.ingest.simulate;

/** The kinds of HAWK-I raw frame the simulator writes, with their classification and template. */
enum HawkiFrameKind {
    DARK(new Dpr("CALIB", "DARK", "IMAGE"), "HAWKI_img_cal_Darks", "DARK"),
    FLAT(new Dpr("CALIB", "FLAT", "IMAGE"), "HAWKI_img_cal_TwFlats", "FLAT"),
    STANDARD(new Dpr("CALIB", "STD", "IMAGE,JITTER"), "HAWKI_img_cal_StandardStar", "STD"),
    SCIENCE(new Dpr("SCIENCE", "OBJECT", "IMAGE,JITTER"), "HAWKI_img_obs_AutoJitter", "OBS");

    private final Dpr dpr;
    private final String templateId;
    private final String fileTag;

    HawkiFrameKind(Dpr dpr, String templateId, String fileTag) {
        this.dpr = dpr;
        this.templateId = templateId;
        this.fileTag = fileTag;
    }

    Dpr dpr() {
        return dpr;
    }

    String templateId() {
        return templateId;
    }

    /** The part of ORIGFILE naming the frame type; also OBJECT of darks, flats and standards. */
    String fileTag() {
        return fileTag;
    }
}
