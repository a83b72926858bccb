package org.voarchive.ingest.catalog;

import java.time.LocalDateTime;

/**
 * A row of {@code archive.files}: one file the archive keeps.
 *
 * @param kind        raw, master, product or association
 * @param storePath   path relative to the archive store's root
 * @param releaseDate when the file becomes public (UTC)
 */
public record StoredFile(String arcfile, String kind, String instrument, String sha256, long size,
                         String contentType, String storePath, String origfile, String progId,
                         LocalDateTime releaseDate) {
}
