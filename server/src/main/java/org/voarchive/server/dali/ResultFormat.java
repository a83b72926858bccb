package org.voarchive.server.dali;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output formats of query results, with the MIME types and short names that RESPONSEFORMAT and
 * FORMAT accept and that capabilities advertise.
 */
public enum ResultFormat {

    VOTABLE("application/x-votable+xml", List.of("votable", "text/xml", "application/xml", "votable/td"),
            VoTableWriter.tabledata()),
    VOTABLE_BINARY("application/x-votable+xml;serialization=binary", List.of("votable/b", "votable/binary"),
            VoTableWriter.binary()),
    VOTABLE_BINARY2("application/x-votable+xml;serialization=binary2", List.of("votable/b2", "votable/binary2"),
            VoTableWriter.binary2()),
    CSV("text/csv", List.of("csv"), new DelimitedWriter(',')),
    TSV("text/tab-separated-values", List.of("tsv"), new DelimitedWriter('\t')),
    FITS("application/fits", List.of("fits"), new FitsWriter()),
    JSON("application/json", List.of("json"), new JsonWriter());

    private final String mimeType;
    private final List<String> aliases;
    private final ResultWriter writer;

    ResultFormat(String mimeType, List<String> aliases, ResultWriter writer) {
        this.mimeType = mimeType;
        this.aliases = aliases;
        this.writer = writer;
    }

    /** The MIME type of the answer (the Content-Type header). */
    public String mimeType() {
        return mimeType;
    }

    /** Short names and other MIME types accepted for this format. */
    public List<String> aliases() {
        return aliases;
    }

    public ResultWriter writer() {
        return writer;
    }

    /** Whether the format writes every value as text ({@link ResultCursor#text}), as CSV and TSV do. */
    public boolean textual() {
        return writer instanceof DelimitedWriter;
    }

    /**
     * The format a client asked for: a MIME type (parameters such as {@code ;content=...} ignored
     * unless they select a VOTable serialization) or a short name, case-insensitively.
     *
     * @return the format, or empty when this archive does not write it
     */
    public static Optional<ResultFormat> forName(String requested) {
        String wanted = requested.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        for (ResultFormat f : values()) {
            if (f.mimeType.equals(wanted) || f.aliases.contains(wanted)) {
                return Optional.of(f);
            }
        }
        int semicolon = wanted.indexOf(';');
        if (semicolon > 0 && !wanted.contains("serialization=")) {
            return forName(wanted.substring(0, semicolon));
        }
        return Optional.empty();
    }
}
