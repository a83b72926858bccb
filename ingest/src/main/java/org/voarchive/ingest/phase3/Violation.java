package org.voarchive.ingest.phase3;

/**
 * One way a file breaks the Phase 3 rules.
 *
 * @param hdu     the HDU: {@code PRIMARY}, an extension's EXTNAME, or {@code HDU<n>} (0-based) when it has none;
 *                {@code FILE} when the fault concerns the file as a whole
 * @param keyword the keyword at fault, or the empty string when none is
 * @param code    one of the constants below, stable for machines
 * @param message what is wrong, for people
 */
public record Violation(String hdu, String keyword, String code, String message) {

    /** A mandatory keyword is absent from the HDU. */
    public static final String MISSING_KEYWORD = "MISSING_KEYWORD";
    /** A keyword is present where the standard forbids it (PROV0, CDELTi next to CDi_j, BUNIT in a spectrum). */
    public static final String FORBIDDEN_KEYWORD = "FORBIDDEN_KEYWORD";
    /** A keyword's card has the wrong FITS type (a quoted number, a number where a logical belongs). */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A keyword's value breaks a value rule (range, order, allowed values, a dependent value). */
    public static final String BAD_VALUE = "BAD_VALUE";
    /** A numbered family (PROVi, OBIDi, ASSONi) is zero-padded or has gaps. */
    public static final String BAD_NUMBERING = "BAD_NUMBERING";
    /** CHECKSUM or DATASUM does not match the bytes of the HDU. */
    public static final String BAD_CHECKSUM = "BAD_CHECKSUM";
    /** PRODCATG names no category with rules. */
    public static final String UNKNOWN_PRODCATG = "UNKNOWN_PRODCATG";
    /** An HDU the product category requires (the SPECTRUM table) is absent. */
    public static final String MISSING_HDU = "MISSING_HDU";
    /** The file ends before the last HDU its headers announce. */
    public static final String TRUNCATED = "TRUNCATED";
    /** The file is not FITS at all, or a header cannot be parsed. */
    public static final String NOT_FITS = "NOT_FITS";
}
