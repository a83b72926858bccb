package org.voarchive.ingest.validate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.voarchive.ingest.frame.Keywords;

/**
 * Checks a raw frame's primary header against its instrument's keyword rules and the consistency
 * rules every frame obeys (ARCFILE names the file, MJD-OBS agrees with DATE-OBS). Each problem comes
 * back as a {@link Problem} with a machine-readable code, so the quarantine can say exactly why.
 */
public final class FrameValidator {

    /** MJD of 1970-01-01, to compare MJD-OBS with DATE-OBS. */
    private static final double MJD_UNIX_EPOCH = 40587.0;
    /** One second, in days: MJD-OBS and DATE-OBS must agree within it. */
    private static final double ONE_SECOND = 1.0 / 86400;

    /** Why a frame failed validation. */
    public record Problem(String code, String keyword, String message) {
    }

    private FrameValidator() {
    }

    public static List<Problem> validate(Keywords header) {
        Optional<String> instrument = header.value("INSTRUME").filter(String.class::isInstance).map(String.class::cast);
        if (instrument.isEmpty()) {
            return List.of(new Problem("MISSING_KEYWORD", "INSTRUME", "INSTRUME is missing or not a string"));
        }
        Optional<KeywordRules> rules = KeywordRules.forInstrument(instrument.get().strip());
        if (rules.isEmpty()) {
            return List.of(new Problem("UNKNOWN_INSTRUMENT", "INSTRUME",
                    "no rules for instrument '" + instrument.get().strip() + "'"));
        }
        List<Problem> problems = new ArrayList<>();
        String catg = header.text("DPR.CATG").orElse("");
        for (KeywordRules.Rule rule : rules.get().rules()) {
            if (!rule.appliesTo(catg)) {
                continue;
            }
            Optional<Object> value = header.value(rule.keyword());
            if (value.isEmpty()) {
                problems.add(new Problem("MISSING_KEYWORD", rule.keyword(), rule.keyword() + " is missing"));
            } else if (!hasType(value.get(), rule.type())) {
                problems.add(new Problem("WRONG_TYPE", rule.keyword(), rule.keyword() + " must be "
                        + rule.type().name().toLowerCase() + " but is " + describe(value.get())));
            }
        }
        if (problems.isEmpty()) {
            consistency(header, problems);
        }
        return problems;
    }

    private static void consistency(Keywords header, List<Problem> problems) {
        String arcfile = header.text("ARCFILE").orElseThrow().strip();
        if (!arcfile.matches("[A-Za-z0-9_-]+\\.[0-9T:.-]+\\.fits")) {
            problems.add(new Problem("BAD_VALUE", "ARCFILE", "ARCFILE '" + arcfile + "' is not <INSTRUME>.<DATE-OBS>.fits"));
        }
        double mjd = header.number("MJD-OBS").orElseThrow();
        try {
            LocalDateTime dateObs = LocalDateTime.parse(header.text("DATE-OBS").orElseThrow().strip());
            double fromDate = MJD_UNIX_EPOCH + dateObs.toInstant(ZoneOffset.UTC).toEpochMilli() / 86_400_000.0;
            if (Math.abs(fromDate - mjd) > ONE_SECOND) {
                problems.add(new Problem("BAD_VALUE", "MJD-OBS", "MJD-OBS " + mjd + " disagrees with DATE-OBS "
                        + dateObs + " (MJD " + fromDate + ")"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new Problem("BAD_VALUE", "DATE-OBS", "DATE-OBS is not an ISO 8601 date: " + e.getParsedString()));
        }
        double ra = header.number("RA").orElseThrow();
        double dec = header.number("DEC").orElseThrow();
        if (ra < 0 || ra >= 360 || dec < -90 || dec > 90) {
            problems.add(new Problem("BAD_VALUE", "RA", "RA/DEC " + ra + "/" + dec + " outside the sky"));
        }
        if (header.number("EXPTIME").orElseThrow() < 0) {
            problems.add(new Problem("BAD_VALUE", "EXPTIME", "EXPTIME is negative"));
        }
    }

    private static boolean hasType(Object value, KeywordRules.Type type) {
        return switch (type) {
            case STRING -> value instanceof String;
            case NUMBER -> value instanceof Number;
            case INTEGER -> value instanceof Long || value instanceof Integer;
        };
    }

    private static String describe(Object value) {
        return value instanceof String s ? "the string '" + s + "'" : value.getClass().getSimpleName().toLowerCase() + " " + value;
    }
}
