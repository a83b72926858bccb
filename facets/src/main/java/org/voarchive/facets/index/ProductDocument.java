package org.voarchive.facets.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One published product as the search sees it: the ObsCore fields it filters, counts and shows, in
 * ObsCore's units (degrees, metres, MJD days, seconds). Null fields are values the product does not
 * have. Release dates are rounded to the microsecond, as the JDBC driver rounds them for PostgreSQL, so
 * a document built from a publication event and one built from the database row are equal.
 *
 * @param id          obs_publisher_did, the document's key
 * @param arcfile     the stored file behind the product, or null when the archive has no file (demo rows)
 * @param level       calib_level
 * @param releaseDate obs_release_date
 */
public record ProductDocument(
        String id,
        String obsId,
        String title,
        String target,
        String targetClass,
        String instrument,
        String collection,
        String type,
        int level,
        String proposalId,
        Double ra,
        Double dec,
        Double snr,
        Double resolution,
        Double emMin,
        Double emMax,
        Double exptime,
        Double maglim,
        Double tMin,
        Instant releaseDate,
        String accessUrl,
        String arcfile) {

    public ProductDocument {
        Objects.requireNonNull(id, "a product needs its publisher DID");
        Objects.requireNonNull(releaseDate, "a product needs its release date");
        releaseDate = releaseDate.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A digest of every field and of the index layout: equal documents have equal fingerprints, so
     * comparing fingerprints with the database's rows finds products whose description changed, and a
     * new layout makes every indexed document differ, so the consistency check rewrites them all.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ProductFields.LAYOUT + toString()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether the product is public at the given time. */
    public boolean releasedAt(Instant now) {
        return !releaseDate.isAfter(now);
    }
}
