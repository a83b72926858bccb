package org.voarchive.sia.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultFormat;

/**
 * An SIA 2.0 query, validated once. Each list holds the values of one parameter (any of them may match);
 * an empty list constrains nothing.
 *
 * @param pos POS regions the data must intersect
 * @param band BAND intervals (metres) the data's spectral range must overlap
 * @param time TIME intervals (MJD) the data's time range must overlap
 * @param pol POL states the data must have
 * @param fov FOV intervals (degrees) holding the data's s_fov
 * @param spatres SPATRES intervals (arcsec) holding s_resolution
 * @param exptime EXPTIME intervals (s) holding t_exptime
 * @param timeres TIMERES intervals (s) holding t_resolution
 * @param specrp SPECRP intervals holding em_res_power
 * @param ids ID values (obs_publisher_did)
 * @param collections COLLECTION values
 * @param facilities FACILITY values
 * @param instruments INSTRUMENT values
 * @param dptypes DPTYPE values; empty means images and cubes
 * @param calib CALIB levels
 * @param targets TARGET names, compared without regard to case
 * @param formats FORMAT values (access_format)
 * @param maxrec the most rows to return
 * @param responseFormat how the table is written
 */
public record SiaQuery(List<SkyRegion> pos, List<Interval> band, List<Interval> time, List<String> pol,
        List<Interval> fov, List<Interval> spatres, List<Interval> exptime, List<Interval> timeres,
        List<Interval> specrp, List<String> ids, List<String> collections, List<String> facilities,
        List<String> instruments, List<String> dptypes, List<Integer> calib, List<String> targets,
        List<String> formats, long maxrec, ResultFormat responseFormat) {

    /** The polarization states ObsCore's pol_states may list. */
    static final Set<String> POL_STATES = Set.of("I", "Q", "U", "V", "RR", "LL", "RL", "LR", "XX", "YY", "XY", "YX",
            "POLI", "POLA");

    /** The data product types ObsCore defines. */
    static final Set<String> DPTYPES = Set.of("image", "cube", "spectrum", "sed", "timeseries", "visibility",
            "event", "measurements");

    static final int MAX_TEXT = 256;

    /**
     * Validates SIA 2.0 query parameters; unknown parameters are ignored, as DALI allows.
     *
     * @throws DaliException naming the parameter with the first wrong value
     */
    public static SiaQuery from(DaliParameters p, long defaultMaxrec, long hardMaxrec) {
        return new SiaQuery(
                each(p, "POS", SkyRegion::parse),
                each(p, "BAND", v -> positive("BAND", Interval.parse("BAND", v))),
                each(p, "TIME", v -> Interval.parse("TIME", v)),
                each(p, "POL", SiaQuery::polarization),
                each(p, "FOV", v -> Interval.parse("FOV", v)),
                each(p, "SPATRES", v -> Interval.parse("SPATRES", v)),
                each(p, "EXPTIME", v -> Interval.parse("EXPTIME", v)),
                each(p, "TIMERES", v -> Interval.parse("TIMERES", v)),
                each(p, "SPECRP", v -> Interval.parse("SPECRP", v)),
                text(p, "ID"), text(p, "COLLECTION"), text(p, "FACILITY"), text(p, "INSTRUMENT"),
                each(p, "DPTYPE", SiaQuery::dptype),
                each(p, "CALIB", SiaQuery::calib),
                text(p, "TARGET"), text(p, "FORMAT"),
                p.maxrec(defaultMaxrec, hardMaxrec), responseFormat(p));
    }

    private static <T> List<T> each(DaliParameters p, String name, Function<String, T> parse) {
        return p.list(name).stream().filter(v -> !v.isBlank()).map(parse).distinct().toList();
    }

    private static List<String> text(DaliParameters p, String name) {
        return each(p, name, v -> {
            String t = v.trim();
            if (t.length() > MAX_TEXT || t.chars().anyMatch(Character::isISOControl)) {
                throw new DaliException(name + " must be printable text of at most " + MAX_TEXT + " characters");
            }
            return t;
        });
    }

    private static Interval positive(String name, Interval i) {
        if (i.hi() <= 0) {
            throw new DaliException(name + ": wavelengths are above 0 metres; the interval " + i.lo() + " " + i.hi()
                    + " holds none");
        }
        return i;
    }

    private static String polarization(String value) {
        String state = value.trim().toUpperCase(Locale.ROOT);
        if (!POL_STATES.contains(state)) {
            throw new DaliException("POL must be one of " + POL_STATES.stream().sorted().collect(Collectors.joining(
                    ", ")) + "; not '" + value.trim() + "'");
        }
        return state;
    }

    private static String dptype(String value) {
        String type = value.trim().toLowerCase(Locale.ROOT);
        if (!DPTYPES.contains(type)) {
            throw new DaliException("DPTYPE must be an ObsCore data product type such as image or cube, not '"
                    + value.trim() + "'");
        }
        return type;
    }

    private static Integer calib(String value) {
        try {
            int level = Integer.parseInt(value.trim());
            if (level < 0 || level > 4) {
                throw new NumberFormatException();
            }
            return level;
        } catch (NumberFormatException e) {
            throw new DaliException("CALIB must be a calibration level from 0 to 4, not '" + value.trim() + "'");
        }
    }

    /** RESPONSEFORMAT alone: SIA's FORMAT selects the images' format, not the response's. */
    private static ResultFormat responseFormat(DaliParameters p) {
        return p.single(DaliParameters.RESPONSEFORMAT).map(f -> ResultFormat.forName(f).orElseThrow(
                () -> new DaliException("RESPONSEFORMAT '" + f + "' is not supported; use one of "
                        + Arrays.stream(ResultFormat.values()).map(ResultFormat::mimeType)
                                .collect(Collectors.joining(", ")))))
                .orElse(ResultFormat.VOTABLE);
    }
}
