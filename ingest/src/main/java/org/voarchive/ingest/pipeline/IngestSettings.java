package org.voarchive.ingest.pipeline;

import java.net.URI;
import java.nio.file.Path;

/**
 * How the back end is set up, whether it runs in the server or from {@code ./archive ingest}.
 *
 * @param dataDir           the archive's data directory: the store lives in {@code store/}, the watched
 *                          landing directory is {@code incoming/}
 * @param authority         the IVOA authority publisher DIDs are minted under
 * @param baseUrl           the public base URL that access URLs start with
 * @param proprietaryMonths the proprietary period of a programme seen for the first time
 * @param reducer           {@code java}, {@code esorex}, or {@code auto} (esorex when installed)
 * @param workers           threads that run frames through the stages at once
 */
public record IngestSettings(Path dataDir, String authority, URI baseUrl, int proprietaryMonths, String reducer,
                             int workers) {

    /**
     * Two workers per core: a frame's stages alternate between reading pixels and waiting for the
     * database, so one worker's wait is another's turn (bench/ingest-bench: 4 workers on 2 cores did
     * best, 6 did worse).
     */
    public static int defaultWorkers() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    public static final int DEFAULT_PROPRIETARY_MONTHS = 12;

    public Path storeRoot() {
        return dataDir.resolve("store");
    }

    public Path incoming() {
        return dataDir.resolve("incoming");
    }
}
