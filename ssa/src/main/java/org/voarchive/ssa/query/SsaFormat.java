package org.voarchive.ssa.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voarchive.server.dali.DaliException;

/**
 * SSA's FORMAT: which dataset formats the client wants, as the MIME types they select in
 * {@code access_format}. The archive's spectra are ESO Phase 3 FITS binary tables, which follow the
 * Spectrum data model, so they are both the native and the compliant format; each is also offered as a
 * Spectrum data model VOTable when FORMAT asks for that.
 */
final class SsaFormat {

    static final String METADATA = "METADATA";
    static final String FITS = "application/fits";
    static final String VOTABLE = "application/x-votable+xml";

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
                case "votable", "xml" -> types.add(VOTABLE);
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

    /**
     * Whether a FORMAT value asks for the VOTable form of the FITS spectra, which the archive derives
     * from each product on request: "all" asks for every format there is, "votable", "xml" and the MIME
     * type for that one. Call after {@link #mimeTypes}, which validates the value.
     */
    static boolean wantsVoTable(String text) {
        for (String item : text.split(",", -1)) {
            String f = item.trim().toLowerCase(Locale.ROOT);
            if (f.equals("all") || f.equals("votable") || f.equals("xml") || f.equals(VOTABLE)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMetadata(String text) {
        return text.trim().equalsIgnoreCase(METADATA);
    }
}
