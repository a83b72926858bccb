package org.voarchive.ssa.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultFormat;

/**
 * An SSA 1.1 queryData request, validated once. Absent constraints are empty; every list is OR within
 * itself and every constraint is AND with the others.
 *
 * @param cone POS and SIZE, when POS was given
 * @param bands BAND ranges, metres
 * @param times TIME ranges, MJD
 * @param formats access formats wanted (MIME types); empty for any stored format
 * @param votableForms whether FORMAT asked for the VOTable form of the FITS spectra (all, votable, xml or
 *     its MIME type), which is answered as a row of its own after each FITS spectrum's row
 * @param targetName TARGETNAME, compared without regard to case
 * @param collections COLLECTION values
 * @param minResolvingPower SPECRP
 * @param minSnr SNR
 * @param redshift REDSHIFT as given: accepted and validated, but not used, since the archive holds no
 *     redshifts (the response says so)
 * @param maxrec the most rows to return
 * @param responseFormat how the table is written
 * @param metadata whether FORMAT=METADATA asked for the service's description instead of data
 */
public record SsaQuery(Optional<Cone> cone, List<Range> bands, List<Range> times, List<String> formats,
        boolean votableForms, Optional<String> targetName, List<String> collections, OptionalDouble minResolvingPower,
        OptionalDouble minSnr, Optional<String> redshift, long maxrec, ResultFormat responseFormat,
        boolean metadata) {

    public static final String REQUEST = "REQUEST";
    public static final String VERSION = "VERSION";
    public static final String POS = "POS";
    public static final String SIZE = "SIZE";
    public static final String BAND = "BAND";
    public static final String TIME = "TIME";
    public static final String FORMAT = "FORMAT";
    public static final String TARGETNAME = "TARGETNAME";
    public static final String COLLECTION = "COLLECTION";
    public static final String SPECRP = "SPECRP";
    public static final String SNR = "SNR";
    public static final String REDSHIFT = "REDSHIFT";

    /** The access formats the database must select: the VOTable forms are made from the FITS rows. */
    public List<String> storedFormats() {
        if (!votableForms || formats.isEmpty() || formats.contains(SsaFormat.FITS)) {
            return formats;
        }
        return Stream.concat(formats.stream(), Stream.of(SsaFormat.FITS)).toList();
    }

    /** Whether a row whose dataset has this access format is answered as it is stored. */
    public boolean wantsStored(String accessFormat) {
        return formats.isEmpty() || formats.contains(accessFormat);
    }

    /** Whether a row whose dataset has this access format is also answered in its VOTable form. */
    public boolean wantsVoTableOf(String accessFormat) {
        return votableForms && SsaFormat.FITS.equals(accessFormat);
    }

    public SsaQuery {
        bands = List.copyOf(bands);
        times = List.copyOf(times);
        formats = List.copyOf(formats);
        collections = List.copyOf(collections);
    }

    /**
     * Validates the parameters of a queryData request. Parameters SSA defines that this service does
     * not use (APERTURE, SPATRES, ...) and unknown ones are ignored, as SSA asks of services.
     *
     * @throws DaliException naming the first parameter that is missing or wrong
     */
    public static SsaQuery from(DaliParameters p, SsaLimits limits) {
        String request = p.single(REQUEST).orElseThrow(() -> new DaliException(
                "the REQUEST parameter is missing; this service answers REQUEST=queryData"));
        if (!request.trim().equalsIgnoreCase("queryData")) {
            throw new DaliException("REQUEST '" + request + "' is not supported; this service answers REQUEST=queryData");
        }
        p.single(VERSION).ifPresent(v -> {
            if (!v.trim().startsWith("1.")) {
                throw new DaliException("VERSION " + v + " is not supported; this service speaks SSA 1.1");
            }
        });
        Optional<String> format = p.single(FORMAT);
        boolean metadata = format.map(SsaFormat::isMetadata).orElse(false);
        double size = p.single(SIZE).map(s -> size(s, limits)).orElse(limits.defaultSize());
        Optional<Cone> cone = p.single(POS).map(pos -> Cone.parse(pos, size));
        return new SsaQuery(cone,
                p.single(BAND).map(SsaBand::parse).orElse(List.of()),
                p.single(TIME).map(SsaTime::parse).orElse(List.of()),
                metadata ? List.of() : format.map(SsaFormat::mimeTypes).orElse(List.of()),
                !metadata && format.map(SsaFormat::wantsVoTable).orElse(false),
                p.single(TARGETNAME).map(t -> Text.checked(TARGETNAME, t)),
                p.single(COLLECTION).map(c -> Arrays.stream(c.split(",")).map(s -> Text.checked(COLLECTION, s))
                        .filter(s -> !s.isEmpty()).toList()).orElse(List.of()),
                minimum(p, SPECRP), minimum(p, SNR),
                p.single(REDSHIFT).map(z -> {
                    RangeList.parse(REDSHIFT, z, Numbers::parse);
                    return z.trim();
                }),
                p.maxrec(limits.defaultMaxrec(), limits.hardMaxrec()), responseFormat(p), metadata);
    }

    private static double size(String text, SsaLimits limits) {
        double size = Numbers.parse("SIZE (the diameter of the search region, degrees)", text);
        if (size <= 0 || size > 2 * limits.maxSearchRadius()) {
            throw new DaliException("SIZE must be above 0 and at most " + 2 * limits.maxSearchRadius()
                    + " degrees (twice the largest search radius), not " + text.trim());
        }
        return size;
    }

    private static OptionalDouble minimum(DaliParameters p, String name) {
        Optional<String> given = p.single(name);
        if (given.isEmpty()) {
            return OptionalDouble.empty();
        }
        double value = Numbers.parse(name + " (a minimum)", given.get());
        if (value < 0) {
            throw new DaliException(name + " must be 0 or more, not " + given.get().trim());
        }
        return OptionalDouble.of(value);
    }

    /**
     * RESPONSEFORMAT alone: in SSA, FORMAT names the datasets' format, not the response's.
     */
    private static ResultFormat responseFormat(DaliParameters p) {
        return p.single(DaliParameters.RESPONSEFORMAT).map(f -> ResultFormat.forName(f).orElseThrow(
                () -> new DaliException("RESPONSEFORMAT '" + f + "' is not supported; use one of "
                        + Arrays.stream(ResultFormat.values()).map(ResultFormat::mimeType)
                                .collect(Collectors.joining(", ")))))
                .orElse(ResultFormat.VOTABLE);
    }
}
