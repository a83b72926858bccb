package org.voarchive.facets.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index directory is held by another writer: a running server, or a rebuild in progress. */
public final class IndexBusyException extends IOException {

    public IndexBusyException(Path dir, Throwable cause) {
        super("the search index at " + dir + " is in use by another process (a running server or a reindex)", cause);
    }
}
