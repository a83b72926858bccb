package org.voarchive.ssa.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voarchive.server.dali.DaliException;

/**
 * SSA's FORMAT: which dataset formats the client wants, as the MIME types they select in
 * {@code access_format}. The archive's spectra are ESO Phase 3 FITS binary tables, which follow the
 * Spectrum data model, so they are both the native and the compliant format.
 */
final class SsaFormat {

    static final String METADATA = "METADATA";
    static final String FITS = "application/fits";

    /** The names SSA 1.1 defines and the MIME types each selects. */
    static final List<String> NAMES = List.of("all", "compliant", "native", "votable", "fits", "xml", "graphic",
            METADATA.toLowerCase(Locale.ROOT));

    private SsaFormat() {
    }

    /**
     * The MIME types a FORMAT value selects: empty for any format, otherwise a list to match (OR).
     * Callers check {@link #isMetadata} first.
     *
     * @throws DaliException for a value that is neither an SSA format name nor a MIME type
     */
    static List<String> mimeTypes(String text) {
        Set<String> types = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            String f = item.trim().toLowerCase(Locale.ROOT);
            switch (f) {
                case "all", "native" -> {
                    return List.of();
                }
                case "compliant", "fits" -> types.add(FITS);
                case "votable", "xml" -> types.add("application/x-votable+xml");
                case "graphic" -> types.addAll(List.of("image/png", "image/jpeg", "image/gif"));
                default -> {
                    if (!f.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
                        throw new DaliException("FORMAT must be one of " + String.join(", ", NAMES)
                                + " or a MIME type such as application/fits; not '" + item.trim() + "'");
                    }
                    types.add(f);
                }
            }
        }
        return List.copyOf(types);
    }

    static boolean isMetadata(String text) {
        return text.trim().equalsIgnoreCase(METADATA);
    }
}
