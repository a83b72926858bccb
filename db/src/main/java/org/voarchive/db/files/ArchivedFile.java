package org.voarchive.db.files;

import java.time.LocalDateTime;

/**
 * A released file of the archive store.
 *
 * @param arcfile     its archive name, the last part of its {@code /files/} URL
 * @param kind        raw, master, product or association
 * @param storePath   where it lives, relative to the store root ({@code <data dir>/store})
 * @param sha256      checksum of its bytes (hex), a strong ETag
 * @param releaseDate when it became public (UTC)
 */
public record ArchivedFile(String arcfile, String kind, String instrument, String storePath, String contentType,
                           long size, String sha256, LocalDateTime releaseDate) {
}
