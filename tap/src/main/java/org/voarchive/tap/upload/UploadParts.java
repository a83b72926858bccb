package org.voarchive.tap.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The parts of a request that inline uploads name ({@code param:part}). */
@FunctionalInterface
public interface UploadParts {

    /** No parts: a request that was not multipart. */
    UploadParts NONE = part -> Optional.empty();

    /** The content of a part, opened anew for the caller to close; empty when there is no such part. */
    Optional<InputStream> open(String part) throws IOException;
}
