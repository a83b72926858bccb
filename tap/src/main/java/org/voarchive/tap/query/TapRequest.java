package org.voarchive.tap.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.dali.ResultFormat;
import org.voarchive.tap.upload.UploadSpec;

/**
 * A TAP query request, validated once: the same rules for sync and async.
 *
 * @param query the ADQL text
 * @param maxrec the most rows to return
 * @param format the output format
 * @param uploads the tables to upload for the query (TAP_UPLOAD)
 */
public record TapRequest(String query, long maxrec, ResultFormat format, List<UploadSpec> uploads) {

    public TapRequest {
        uploads = List.copyOf(uploads);
    }

    /** The query languages accepted in LANG, upper case. */
    static final Set<String> LANGUAGES = Set.of("ADQL", "ADQL-2.0", "ADQL-2.1");

    /**
     * Validates TAP 1.1 parameters: REQUEST (optional, doQuery), LANG, QUERY, MAXREC, RESPONSEFORMAT, UPLOAD.
     *
     * @param defaultMaxrec rows when MAXREC is not given
     * @param hardMaxrec rows at most
     * @throws DaliException naming the parameter that is missing or wrong
     */
    public static TapRequest from(DaliParameters p, long defaultMaxrec, long hardMaxrec) {
        p.single("REQUEST").ifPresent(request -> {
            if (!request.equalsIgnoreCase("doQuery")) {
                throw new DaliException("REQUEST must be doQuery, not '" + request + "'");
            }
        });
        String lang = p.single("LANG").orElseThrow(() -> new DaliException(
                "the LANG parameter is missing; this service answers LANG=ADQL (ADQL 2.1)"));
        if (!LANGUAGES.contains(lang.trim().toUpperCase(Locale.ROOT))) {
            throw new DaliException("LANG '" + lang + "' is not supported; use ADQL, ADQL-2.0 or ADQL-2.1");
        }
        String query = p.required("QUERY");
        return new TapRequest(query, p.maxrec(defaultMaxrec, hardMaxrec), p.responseFormat(),
                UploadSpec.parse(p.list("UPLOAD")));
    }
}
