package org.voarchive.ingest.phase3;

import java.util.Objects;
import java.util.Optional;

/**
 * A file associated with a product: it becomes {@code ASSONi}, with {@code ASSOCi} and {@code ASSOMi}
 * when known.
 *
 * @param name     the associated file's name (ASSONi)
 * @param category its category, e.g. {@code ANCILLARY.IMAGE.WHITELIGHT} (ASSOCi), or empty
 * @param md5      the hexadecimal MD5 sum of its content (ASSOMi), or empty
 */
public record Association(String name, Optional<String> category, Optional<String> md5) {

    public Association {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(md5, "md5");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an associated file needs a name");
        }
    }

    public static Association of(String name) {
        return new Association(name, Optional.empty(), Optional.empty());
    }
}
